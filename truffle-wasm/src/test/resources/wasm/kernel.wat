;; The benchmark's loop-heavy kernel: a linear congruential generator writing and reading a
;; 16 KiB table in memory, n rounds; returns a checksum so the result can be verified. The table
;; starts zeroed on every call, so every call returns the same checksum.
(module
  (memory 1)
  (func (export "kernel") (param $n i32) (result i32)
    (local $i i32) (local $x i32) (local $acc i32) (local $slot i32)
    (memory.fill (i32.const 0) (i32.const 0) (i32.const 16384))
    (local.set $x (i32.const 12345))
    (block $done
      (loop $round
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x (i32.add (i32.mul (local.get $x) (i32.const 1103515245)) (i32.const 12345)))
        (local.set $slot (i32.shl (i32.and (local.get $i) (i32.const 4095)) (i32.const 2)))
        (i32.store (local.get $slot) (i32.xor (i32.load (local.get $slot)) (local.get $x)))
        (local.set $acc
          (i32.add (local.get $acc)
                   (i32.load (i32.shl (i32.and (i32.shr_u (local.get $x) (i32.const 16)) (i32.const 4095))
                                      (i32.const 2)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $round)))
    (local.get $acc)))
