package dev.tandem.deserialize.load;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;

/**
 * Heap and metaspace in use once collections have settled: three full collections with short
 * pauses, so that finalization and reference processing from the first have been collected too.
 *
 * @param heapBytes      heap used
 * @param metaspaceBytes metaspace used (the generated classes' metadata)
 */
record SettledMemory(long heapBytes, long metaspaceBytes) {

    static SettledMemory read() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        long metaspace = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().equals("Metaspace")) {
                metaspace = pool.getUsage().getUsed();
            }
        }
        return new SettledMemory(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), metaspace);
    }
}
