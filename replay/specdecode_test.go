package replay

import (
	"errors"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// This file is a literal implementation of the byte-level transaction format
// written in docs/PROTOCOL.md §2.2 ("Transactions"), independent of
// go-ethereum. FuzzDecodeTx checks it against parseTx (go-ethereum's decoder
// plus our rules), so the document is exactly what a Solidity decoder must do.

var errSpec = errors.New("spec: malformed")

type specItem struct {
	list    bool
	content []byte
}

// specNext reads one RLP item at the start of b (which bounds it) and returns
// it and the rest.
func specNext(b []byte) (specItem, []byte, error) {
	if len(b) == 0 {
		return specItem{}, nil, errSpec
	}
	p := b[0]
	var list bool
	var hdr, n uint64
	switch {
	case p < 0x80:
		return specItem{content: b[:1]}, b[1:], nil
	case p <= 0xb7:
		hdr, n = 1, uint64(p-0x80)
	case p <= 0xbf:
		ll := uint64(p - 0xb7)
		if uint64(len(b)) < 1+ll || b[1] == 0 {
			return specItem{}, nil, errSpec
		}
		for _, c := range b[1 : 1+ll] {
			n = n<<8 | uint64(c)
		}
		if n < 56 {
			return specItem{}, nil, errSpec
		}
		hdr = 1 + ll
	case p <= 0xf7:
		list, hdr, n = true, 1, uint64(p-0xc0)
	default:
		ll := uint64(p - 0xf7)
		if uint64(len(b)) < 1+ll || b[1] == 0 {
			return specItem{}, nil, errSpec
		}
		for _, c := range b[1 : 1+ll] {
			n = n<<8 | uint64(c)
		}
		if n < 56 {
			return specItem{}, nil, errSpec
		}
		list, hdr = true, 1+ll
	}
	if n > uint64(len(b))-hdr {
		return specItem{}, nil, errSpec
	}
	it := specItem{list: list, content: b[hdr : hdr+n]}
	// A one-byte string below 0x80 must be encoded as the byte itself.
	if !list && p == 0x81 && it.content[0] < 0x80 {
		return specItem{}, nil, errSpec
	}
	return it, b[hdr+n:], nil
}

// specList splits a list's content into exactly want items (-1: any number).
func specList(content []byte, want int) ([]specItem, error) {
	var items []specItem
	for len(content) > 0 {
		it, rest, err := specNext(content)
		if err != nil {
			return nil, err
		}
		items = append(items, it)
		content = rest
	}
	if want >= 0 && len(items) != want {
		return nil, errSpec
	}
	return items, nil
}

// specInt decodes an integer of at most max bytes with no leading zero.
func specInt(it specItem, max int) (uint256.Int, error) {
	var v uint256.Int
	if it.list || len(it.content) > max || (len(it.content) > 0 && it.content[0] == 0) {
		return v, errSpec
	}
	v.SetBytes(it.content)
	return v, nil
}

func specAddress(it specItem) (*common.Address, error) {
	switch {
	case it.list:
		return nil, errSpec
	case len(it.content) == 0:
		return nil, nil
	case len(it.content) == 20:
		a := common.Address(it.content)
		return &a, nil
	}
	return nil, errSpec
}

// specAccessList checks the access list shape and returns its entry count.
func specAccessList(it specItem) (int, error) {
	if !it.list {
		return 0, errSpec
	}
	entries, err := specList(it.content, -1)
	if err != nil {
		return 0, err
	}
	for _, e := range entries {
		if !e.list {
			return 0, errSpec
		}
		parts, err := specList(e.content, 2)
		if err != nil {
			return 0, err
		}
		if parts[0].list || len(parts[0].content) != 20 || !parts[1].list {
			return 0, errSpec
		}
		keys, err := specList(parts[1].content, -1)
		if err != nil {
			return 0, err
		}
		for _, k := range keys {
			if k.list || len(k.content) != 32 {
				return 0, errSpec
			}
		}
	}
	return len(entries), nil
}

// specParse decodes raw by the document's rules. Errors are ErrTxType or
// ErrBadEncoding.
func specParse(raw []byte) (*txFields, error) {
	if len(raw) == 0 {
		return nil, ErrBadEncoding
	}
	f := &txFields{}
	body := raw
	switch {
	case raw[0] == DynamicFeeTxType:
		f.typ, body = DynamicFeeTxType, raw[1:]
	case raw[0] < 0x80:
		return nil, ErrTxType
	case raw[0] < 0xc0:
		return nil, ErrBadEncoding
	}
	top, rest, err := specNext(body)
	if err != nil || !top.list || len(rest) != 0 {
		return nil, ErrBadEncoding
	}
	nfields := 9
	if f.typ == DynamicFeeTxType {
		nfields = 12
	}
	it, err := specList(top.content, nfields)
	if err != nil {
		return nil, ErrBadEncoding
	}
	u64 := func(x specItem) uint64 {
		v, e := specInt(x, 8)
		if e != nil {
			err = e
		}
		return v.Uint64()
	}
	u256 := func(x specItem, dst *uint256.Int) {
		v, e := specInt(x, 32)
		if e != nil {
			err = e
		}
		*dst = v
	}
	if f.typ == LegacyTxType {
		f.nonce = u64(it[0])
		u256(it[1], &f.cap)
		f.tip = f.cap
		f.gas = u64(it[2])
		f.to, _ = specAddress(it[3])
		if _, e := specAddress(it[3]); e != nil {
			err = e
		}
		u256(it[4], &f.value)
		if it[5].list {
			err = errSpec
		}
		f.data = it[5].content
		u256(it[6], &f.v)
		u256(it[7], &f.r)
		u256(it[8], &f.s)
	} else {
		u256(it[0], &f.chainID)
		f.nonce = u64(it[1])
		u256(it[2], &f.tip)
		u256(it[3], &f.cap)
		f.gas = u64(it[4])
		f.to, _ = specAddress(it[5])
		if _, e := specAddress(it[5]); e != nil {
			err = e
		}
		u256(it[6], &f.value)
		if it[7].list {
			err = errSpec
		}
		f.data = it[7].content
		n, e := specAccessList(it[8])
		if e != nil {
			err = e
		}
		f.accessLen = n
		u256(it[9], &f.v)
		u256(it[10], &f.r)
		u256(it[11], &f.s)
	}
	if err != nil {
		return nil, ErrBadEncoding
	}
	return f, nil
}
