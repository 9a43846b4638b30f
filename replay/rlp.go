package replay

import (
	"encoding/binary"
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Minimal RLP writers for the signing hash. They produce exactly what
// go-ethereum's reflective encoder produces for these field types, without
// reflection or allocation (the signing hash sits on the replay hot path).

func rlpUint64(b []byte, x uint64) []byte {
	switch {
	case x == 0:
		return append(b, 0x80)
	case x < 0x80:
		return append(b, byte(x))
	}
	n := (bits.Len64(x) + 7) / 8
	var buf [8]byte
	binary.BigEndian.PutUint64(buf[:], x)
	b = append(b, 0x80+byte(n))
	return append(b, buf[8-n:]...)
}

func rlpU256(b []byte, x *uint256.Int) []byte {
	if x.IsUint64() {
		return rlpUint64(b, x.Uint64())
	}
	buf := x.Bytes32()
	n := (x.BitLen() + 7) / 8
	b = append(b, 0x80+byte(n))
	return append(b, buf[32-n:]...)
}

func rlpAddress(b []byte, a *common.Address) []byte {
	if a == nil {
		return append(b, 0x80)
	}
	b = append(b, 0x80+20)
	return append(b, a[:]...)
}

func rlpString(b []byte, s []byte) []byte {
	switch {
	case len(s) == 1 && s[0] < 0x80:
		return append(b, s[0])
	case len(s) < 56:
		b = append(b, 0x80+byte(len(s)))
	default:
		b = rlpLongHeader(b, 0xb7, len(s))
	}
	return append(b, s...)
}

func rlpListHeader(b []byte, size int) []byte {
	if size < 56 {
		return append(b, 0xc0+byte(size))
	}
	return rlpLongHeader(b, 0xf7, size)
}

func rlpLongHeader(b []byte, base byte, size int) []byte {
	n := (bits.Len64(uint64(size)) + 7) / 8
	var buf [8]byte
	binary.BigEndian.PutUint64(buf[:], uint64(size))
	b = append(b, base+byte(n))
	return append(b, buf[8-n:]...)
}
