malformed unexpected end
