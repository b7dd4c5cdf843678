;; A small module touching each kind of code generation, for GoldenBytecodeTest: its classes,
;; printed by ASM's Textifier, are checked against golden.txt.
(module $golden
  (type $unary (func (param i64) (result i64)))
  (import "env" "log" (func $log (param i32)))
  (memory 1)
  (global $counter (mut i32) (i32.const 0))
  (table 2 funcref)
  (elem (i32.const 0) $fac $square)

  ;; recursion, if/else with a result
  (func $fac (export "fac") (type $unary)
    (if (result i64) (i64.eqz (local.get 0))
      (then (i64.const 1))
      (else (i64.mul (local.get 0) (call $fac (i64.sub (local.get 0) (i64.const 1)))))))

  (func $square (type $unary)
    (i64.mul (local.get 0) (local.get 0)))

  ;; a loop over memory with a global and a conditional branch
  (func $sum (export "sum") (param $n i32) (result i32) (local $i i32) (local $acc i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $acc (i32.add (local.get $acc) (i32.load (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (global.set $counter (i32.add (global.get $counter) (i32.const 1)))
    (call $log (local.get $acc))
    (local.get $acc))

  ;; call_indirect, br_table that drops a value, select, multi-value
  (func $dispatch (export "dispatch") (param $which i32) (param $x i64) (result i64)
    (call_indirect (type $unary) (local.get $x) (local.get $which)))

  (func $classify (export "classify") (param $x i32) (result i32)
    (block $b (result i32)
      (block $a (result i32)
        (i32.const 100)
        (i32.const 10)
        (br_table $a $b (local.get $x)))
      (drop (i32.const 7))))

  (func $minmax (export "minmax") (param f32 f32) (result f32 f32)
    (select (local.get 0) (local.get 1) (f32.lt (local.get 0) (local.get 1)))
    (f32.max (local.get 0) (local.get 1)))

  ;; v128 as two longs: a half-wise add, a lane replace, and a shuffle that goes through wasm-core
  (func $mix (export "mix") (param v128 v128) (result v128)
    (i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23
      (i16x8.add (local.get 0) (local.get 1))
      (i32x4.replace_lane 3 (local.get 1) (i32.const 7))))
)
