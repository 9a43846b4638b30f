package replay

import "bytes"

func bytesReader(b []byte) *bytes.Reader { return bytes.NewReader(b) }

func bytesLess(a, b []byte) bool { return bytes.Compare(a, b) < 0 }
