invalid type mismatch
