import host
