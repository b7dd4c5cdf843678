;; A table and a memory import without maximum: any maximum (or none) matches.
(module
  (import "env" "table" (table 1 externref))
  (import "env" "memory" (memory 0)))
