;; Control flow for the side-table golden test (side-table.golden). Rebuild the binary with
;; `wat2wasm side-table.wat -o side-table.wasm` after editing, then update the golden file.
(module
  (type $i32-to-i32 (func (param i32) (result i32)))
  (type $two (func (param i32 i32) (result i32 i32)))

  ;; block, loop, br_if back to the loop, br out of the block carrying a value.
  (func $count (param $n i32) (result i32) (local $i i32)
    (block $done (result i32)
      (loop $again
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $again (i32.lt_u (local.get $i) (local.get $n))))
      (br $done (local.get $i))))

  ;; if/else with a result, if without else, return from inside a block.
  (func $choose (param $c i32) (result i32)
    (if (local.get $c) (then (nop)))
    (block
      (if (result i32) (local.get $c)
        (then (return (i32.const 1)))
        (else (i32.const 2)))
      (drop))
    (i32.const 3))

  ;; br_table to three labels, each carrying one value, above a value outside the blocks.
  (func $dispatch (param $k i32) (result i32)
    (i64.const 7) (drop)
    (i32.const 100)
    (block $a (result i32)
      (block $b (result i32)
        (block $c (result i32)
          (i32.const 10)
          (local.get $k)
          (br_table $a $b $c $a))
        (i32.const 1) (i32.add))
      (i32.const 2) (i32.add))
    (i32.add))

  ;; Multi-value: a block with parameters and a loop carrying them; a branch in dead code.
  (func $swap (param i32 i32) (result i32 i32)
    (local.get 0) (local.get 1)
    (block (type $two)
      (loop (type $two)
        (br 1)
        (br 0)))))
