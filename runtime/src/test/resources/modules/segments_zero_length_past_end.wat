;; An empty data segment one byte past the end still traps: the offset itself is out of bounds.
(module
  (memory 1)
  (data (i32.const 65537) ""))
