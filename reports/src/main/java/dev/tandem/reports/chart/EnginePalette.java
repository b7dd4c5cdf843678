package dev.tandem.reports.chart;

import java.awt.Color;
import java.util.Map;

/**
 * One colour per engine on every chart of a report, so an engine is recognised at a glance:
 * Tandem's tiers in blues and reds (dark = the optimizing variant), peers in their own hues.
 */
public final class EnginePalette {

    private static final Map<String, Color> KNOWN = Map.ofEntries(
            Map.entry("tandem-truffle-jit", new Color(0x1f77b4)),
            Map.entry("tandem-truffle-interp", new Color(0x9ecae1)),
            Map.entry("tandem-aot-memory", new Color(0xd62728)),
            Map.entry("tandem-aot-twasm", new Color(0xff9896)),
            Map.entry("tandem-aot-twasm-nounwind", new Color(0xe7969c)),
            Map.entry("graalwasm", new Color(0x2ca02c)),
            Map.entry("chicory-interp", new Color(0xc5b0d5)),
            Map.entry("chicory-compiler", new Color(0x9467bd)),
            Map.entry("v8-node", new Color(0xff7f0e)),
            Map.entry("v8-node-liftoff", new Color(0xffbb78)),
            Map.entry("v8-node-turbofan", new Color(0x8c564b)),
            Map.entry("native", new Color(0x7f7f7f)));

    /** For series that are not engines (phases, configurations): distinct and colour-blind tolerable. */
    private static final Color[] SERIES = {
        new Color(0x0072b2), new Color(0xe69f00), new Color(0x009e73), new Color(0xcc79a7),
        new Color(0x56b4e9), new Color(0xd55e00), new Color(0xf0e442), new Color(0x000000)};

    private EnginePalette() {
    }

    public static Color engine(String id) {
        Color c = KNOWN.get(id);
        return c != null ? c : series(Math.floorMod(id.hashCode(), SERIES.length));
    }

    public static Color series(int index) {
        return SERIES[index % SERIES.length];
    }
}
