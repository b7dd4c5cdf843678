;; Imports a function no host provides: instantiation fails with "unknown import".
(module
  (import "env" "missing" (func $missing))
  (func (export "_start") call $missing))
