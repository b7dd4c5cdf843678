;; Shapes the lowering golden test (src/test/resources/lowered/lowering.txt) pins down.
(module
  (func $classify (export "classify") (param $x i32) (result i32)
    ;; br_table with repeated labels: two distinct targets for five entries
    (block $small
      (block $big
        (br_table $small $small $big $small $big (local.get $x)))
      (return (i32.const 2)))
    (i32.const 1))
  (func $dead (export "dead") (param $x i32) (result i32)
    ;; code after br is unreachable and dropped; if/else, select
    (block $out (result i32)
      (br $out (i32.const 7))
      (drop (i32.const 99)))
    (if (result i32) (local.get $x)
      (then (i32.const 3))
      (else (i32.const 4)))
    (i32.add)
    (select (i32.const 10) (i32.const 20) (local.get $x))
    (i32.add))
  (func $scale (export "scale") (param $v f64) (param $r externref) (result f64 externref)
    ;; +-1.0 is hidden from the compiler, 2.5 is not; references use the object slots
    (f64.mul (f64.mul (local.get $v) (f64.const 1.0)) (f64.const 2.5))
    (local.get $r)))
