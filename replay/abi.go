package replay

import (
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

// Solidity declarations matching the ABI encodings below:
//
//	struct SMTProof {
//	    uint256 bitmap;      // bit 255-i set iff sibling s_i is non-zero
//	    bytes32[] siblings;  // the non-zero siblings, shallowest first
//	    uint16 depth;        // terminal depth d, 0..256
//	    uint8 terminal;      // 0 empty, 1 own leaf, 2 other leaf
//	    bytes32 otherKey;    // terminal 2 only, else 0
//	    uint64 nonce;        // terminals 1 and 2: the leaf's account
//	    uint256 balance;
//	}
//	struct StepWitness {
//	    bytes32[] txProof;   // batch transactions: Merkle siblings, leaf level first
//	    SMTProof sender;     // against the pre-state root
//	    SMTProof recipient;  // against the root after the sender's update (deposits: pre-state root)
//	}
//	struct StepElement {
//	    uint8 kind;          // 0 deposit, 1 forced tx, 2 batch tx
//	    bytes payload;
//	    uint32 txIndex;
//	    uint32 txCount;
//	    bytes32 txRoot;
//	    bool batchVoid;
//	}
//
// Each is encoded as abi.encode(value), i.e. the encoding of a single tuple
// argument, and decodes with abi.decode(data, (StepWitness)).

type abiProof struct {
	Bitmap   *big.Int
	Siblings [][32]byte
	Depth    uint16
	Terminal uint8
	OtherKey [32]byte
	Nonce    uint64
	Balance  *big.Int
}

type abiWitness struct {
	TxProof   [][32]byte
	Sender    abiProof
	Recipient abiProof
}

type abiElement struct {
	Kind      uint8
	Payload   []byte
	TxIndex   uint32
	TxCount   uint32
	TxRoot    [32]byte
	BatchVoid bool
}

var abiTypes = sync.OnceValues(func() (*struct{ witness, element, proof abi.Arguments }, error) {
	proof := []abi.ArgumentMarshaling{
		{Name: "bitmap", Type: "uint256"},
		{Name: "siblings", Type: "bytes32[]"},
		{Name: "depth", Type: "uint16"},
		{Name: "terminal", Type: "uint8"},
		{Name: "otherKey", Type: "bytes32"},
		{Name: "nonce", Type: "uint64"},
		{Name: "balance", Type: "uint256"},
	}
	pt, err := abi.NewType("tuple", "SMTProof", proof)
	if err != nil {
		return nil, err
	}
	wt, err := abi.NewType("tuple", "StepWitness", []abi.ArgumentMarshaling{
		{Name: "txProof", Type: "bytes32[]"},
		{Name: "sender", Type: "tuple", InternalType: "SMTProof", Components: proof},
		{Name: "recipient", Type: "tuple", InternalType: "SMTProof", Components: proof},
	})
	if err != nil {
		return nil, err
	}
	et, err := abi.NewType("tuple", "StepElement", []abi.ArgumentMarshaling{
		{Name: "kind", Type: "uint8"},
		{Name: "payload", Type: "bytes"},
		{Name: "txIndex", Type: "uint32"},
		{Name: "txCount", Type: "uint32"},
		{Name: "txRoot", Type: "bytes32"},
		{Name: "batchVoid", Type: "bool"},
	})
	if err != nil {
		return nil, err
	}
	return &struct{ witness, element, proof abi.Arguments }{
		witness: abi.Arguments{{Name: "witness", Type: wt}},
		element: abi.Arguments{{Name: "element", Type: et}},
		proof:   abi.Arguments{{Name: "proof", Type: pt}},
	}, nil
})

func toABIProof(p *Proof) abiProof {
	if p == nil {
		return abiProof{Bitmap: new(big.Int), Balance: new(big.Int), Siblings: [][32]byte{}}
	}
	a := abiProof{
		Bitmap:   new(big.Int).SetBytes(p.Bitmap[:]),
		Siblings: make([][32]byte, len(p.Siblings)),
		Depth:    p.Depth,
		Terminal: uint8(p.Terminal),
		OtherKey: p.OtherKey,
		Nonce:    p.Account.Nonce,
		Balance:  p.Account.Balance.ToBig(),
	}
	for i, s := range p.Siblings {
		a.Siblings[i] = s
	}
	return a
}

func fromABIProof(a *abiProof) (*Proof, error) {
	if a.Bitmap == nil || a.Balance == nil || a.Bitmap.BitLen() > 256 || a.Balance.BitLen() > 256 {
		return nil, fmt.Errorf("%w: integer wider than 256 bits", ErrInvalidProof)
	}
	p := &Proof{Depth: a.Depth, Terminal: TerminalKind(a.Terminal), OtherKey: a.OtherKey}
	a.Bitmap.FillBytes(p.Bitmap[:])
	p.Account.Nonce = a.Nonce
	p.Account.Balance.SetFromBig(a.Balance)
	p.Siblings = make([]common.Hash, len(a.Siblings))
	for i, s := range a.Siblings {
		p.Siblings[i] = s
	}
	return p, nil
}

// EncodeWitnessABI returns abi.encode(StepWitness) for the Solidity verifier.
// Absent proofs encode as all-zero proofs.
func EncodeWitnessABI(w *Witness) ([]byte, error) {
	t, err := abiTypes()
	if err != nil {
		return nil, err
	}
	aw := abiWitness{TxProof: make([][32]byte, len(w.TxProof)), Sender: toABIProof(w.Sender), Recipient: toABIProof(w.Recipient)}
	for i, s := range w.TxProof {
		aw.TxProof[i] = s
	}
	return t.witness.Pack(aw)
}

// DecodeWitnessABI decodes abi.encode(StepWitness). Both proofs are always
// present in the result (possibly all-zero).
func DecodeWitnessABI(data []byte) (w *Witness, err error) {
	t, err := abiTypes()
	if err != nil {
		return nil, err
	}
	var aw abiWitness
	if err := unpackABI(t.witness, data, &aw); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidWitness, err)
	}
	w = &Witness{TxProof: make([]common.Hash, len(aw.TxProof))}
	for i, s := range aw.TxProof {
		w.TxProof[i] = s
	}
	if w.Sender, err = fromABIProof(&aw.Sender); err != nil {
		return nil, fmt.Errorf("%w: sender: %w", ErrInvalidWitness, err)
	}
	if w.Recipient, err = fromABIProof(&aw.Recipient); err != nil {
		return nil, fmt.Errorf("%w: recipient: %w", ErrInvalidWitness, err)
	}
	return w, nil
}

// EncodeElementABI returns abi.encode(StepElement).
func EncodeElementABI(e *Element) ([]byte, error) {
	t, err := abiTypes()
	if err != nil {
		return nil, err
	}
	payload := e.Payload
	if payload == nil {
		payload = []byte{}
	}
	return t.element.Pack(abiElement{
		Kind: uint8(e.Kind), Payload: payload, TxIndex: e.TxIndex, TxCount: e.TxCount,
		TxRoot: e.TxRoot, BatchVoid: e.Void,
	})
}

// DecodeElementABI decodes abi.encode(StepElement).
func DecodeElementABI(data []byte) (*Element, error) {
	t, err := abiTypes()
	if err != nil {
		return nil, err
	}
	var ae abiElement
	if err := unpackABI(t.element, data, &ae); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidElement, err)
	}
	return &Element{
		Kind: ElementKind(ae.Kind), Payload: ae.Payload, TxIndex: ae.TxIndex, TxCount: ae.TxCount,
		TxRoot: ae.TxRoot, Void: ae.BatchVoid,
	}, nil
}

// unpackABI decodes one tuple argument into dst. go-ethereum's decoder is
// reflective and not written for hostile input, so a panic in it is turned
// into an error rather than taking the caller down.
func unpackABI(args abi.Arguments, data []byte, dst any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("abi decode: %v", r)
		}
	}()
	vals, err := args.Unpack(data)
	if err != nil {
		return err
	}
	if len(vals) != 1 {
		return fmt.Errorf("abi decode: %d values", len(vals))
	}
	abi.ConvertType(vals[0], dst)
	return nil
}

// EncodeProofABI returns abi.encode(SMTProof) for a single state proof.
func EncodeProofABI(p *Proof) ([]byte, error) {
	t, err := abiTypes()
	if err != nil {
		return nil, err
	}
	return t.proof.Pack(toABIProof(p))
}

// DecodeProofABI decodes abi.encode(SMTProof).
func DecodeProofABI(data []byte) (*Proof, error) {
	t, err := abiTypes()
	if err != nil {
		return nil, err
	}
	var ap abiProof
	if err := unpackABI(t.proof, data, &ap); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidProof, err)
	}
	return fromABIProof(&ap)
}
