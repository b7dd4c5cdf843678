;; One segment of each mode, and data segments active and passive. After instantiation the active
;; and declarative element segments and the active data segment are dropped (empty); the passive
;; ones keep their contents for table.init / memory.init. The start function runs last, after
;; every segment was applied.
(module
  (table $t 8 funcref)
  (memory $m 1)
  (func $a (result i32) (i32.const 1))
  (func $b (result i32) (i32.const 2))
  (func $start)
  (elem $active (table $t) (i32.const 2) func $a $b)
  (elem $passive funcref (ref.func $b) (ref.null func) (ref.func $a))
  (elem $declared declare func $start)
  (data $dactive (memory $m) (i32.const 16) "\01\02\03")
  (data $dpassive "\04\05\06\07")
  (export "table" (table $t))
  (export "memory" (memory $m))
  (export "a" (func $a))
  (export "b" (func $b))
  (start $start))
