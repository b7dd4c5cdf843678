;; Three named functions deep, a trap at the bottom: the backtrace test's module.
(module $traps
  (memory 1)
  (func $divide (param $a i32) (param $b i32) (result i32)
    local.get $a
    local.get $b
    i32.div_s)
  (func $middle (param $x i32) (result i32)
    i32.const 1000
    local.get $x
    call $divide
    i32.const 1
    i32.add)
  (func $main (export "run") (param $x i32) (result i32)
    nop
    local.get $x
    call $middle)
  (func $load (export "load") (param $address i32) (result i32)
    local.get $address
    i32.load offset=4)
  (func $unnamed_loop (export "spin") (param $n i32) (result i32)
    (loop $again
      local.get $n
      i32.const 1
      i32.sub
      local.tee $n
      br_if $again)
    unreachable)
  (func $split (export "split") (param $x i32) (result i32)
    (block (result i32)
      local.get $x
      i32.const 1
      i32.add
      local.get $x
      i32.const 2
      i32.mul
      i32.add
      i32.const 1000
      local.get $x
      call $divide
      i32.add))
)
