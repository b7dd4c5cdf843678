;; One import of each kind, to check each import-matching rule against host values.
(module
  (import "env" "f" (func (param i32) (result i64)))
  (import "env" "table" (table 2 4 funcref))
  (import "env" "memory" (memory 1 2))
  (import "env" "const" (global i32))
  (import "env" "var" (global (mut f64))))
