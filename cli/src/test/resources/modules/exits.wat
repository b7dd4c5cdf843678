;; A command that calls proc_exit(3) through WASI, and a reactor entry for --invoke.
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory (export "memory") 1)
  (global $initialized (mut i32) (i32.const 0))
  (func (export "_initialize") i32.const 1 global.set $initialized)
  (func (export "initialized") (result i32) global.get $initialized)
  (func (export "_start") i32.const 3 call $exit))
