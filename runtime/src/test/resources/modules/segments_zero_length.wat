;; Empty segments at exactly the end of the table and memory are in bounds (Wasm 2.0 checks
;; offset + length <= size, and 0 length at offset == size passes).
(module
  (table 2 funcref)
  (memory 1)
  (elem (i32.const 2))
  (data (i32.const 65536) ""))
