trap out of bounds memory access
