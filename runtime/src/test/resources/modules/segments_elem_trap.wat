;; Active element segments in order: the first two fit the imported table, the third does not.
;; Instantiation must trap "out of bounds table access" with the first two written and no data
;; segment applied (element segments come before data segments).
(module
  (import "env" "table" (table 4 funcref))
  (import "env" "memory" (memory 1))
  (func $f0)
  (func $f1)
  (elem (i32.const 0) $f0)
  (elem (i32.const 3) $f1)
  (elem (i32.const 4) $f0)
  (data (i32.const 0) "\01"))
