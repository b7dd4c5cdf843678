;; Global initialisers: constants of every type (a signalling-NaN f32 and f64 among them), an
;; imported global read by global.get, and function references by ref.func.
(module
  (import "env" "base" (global $base i32))
  (func $f (result i32) (i32.const 7))
  (global (export "i32") i32 (i32.const -5))
  (global (export "i64") i64 (i64.const 0x1234567890))
  (global (export "f32_snan") f32 (f32.const nan:0x200001))
  (global (export "f64_snan") (mut f64) (f64.const -nan:0x4000000000001))
  (global (export "v128") v128 (v128.const i32x4 1 2 3 4))
  (global (export "copy") i32 (global.get $base))
  (global (export "fref") funcref (ref.func $f))
  (global (export "null") externref (ref.null extern))
  (export "f" (func $f)))
