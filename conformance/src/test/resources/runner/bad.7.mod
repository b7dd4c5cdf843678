malformed magic header not detected
