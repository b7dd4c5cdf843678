;; An invalid module for ValidatorErrorTest: i32.add over an i64. Build it with
;; `wat2wasm --no-check mismatch.wat -o mismatch.wasm` (wat2wasm would refuse it otherwise).
(module
  (func (result i32)
    (i32.const 1)
    (i64.const 2)
    (i32.add)))
