;; Functions whose results are their arguments; the test tier's code returns its arguments, so a
;; call checks the boxing path of the API (NaN payloads included). "host_echo" re-exports an
;; imported host function.
(module
  (import "env" "host_echo" (func $host (param f32 f64) (result f32 f64)))
  (func (export "echo_f32_f64") (param f32 f64) (result f32 f64) (local.get 0) (local.get 1))
  (func (export "echo_i32_i64") (param i32 i64) (result i32 i64) (local.get 0) (local.get 1))
  (func (export "echo_refs") (param funcref externref) (result funcref externref) (local.get 0) (local.get 1))
  (func (export "echo_v128") (param v128) (result v128) (local.get 0))
  (export "host_echo" (func $host)))
