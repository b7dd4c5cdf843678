;; All element segments fit; of the data segments the first fits and the second ends one byte past
;; the memory. Instantiation must trap "out of bounds memory access" with the table written and
;; only the first data segment applied.
(module
  (import "env" "table" (table 4 funcref))
  (import "env" "memory" (memory 1))
  (func $f0)
  (elem (i32.const 1) $f0 $f0)
  (data (i32.const 0) "\aa\bb")
  (data (i32.const 65535) "\cc\dd"))
