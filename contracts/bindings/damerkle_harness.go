// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// DAMerkleHarnessMetaData contains all meta data concerning the DAMerkleHarness contract.
var DAMerkleHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"dataLength\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"chunkSize\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"name\":\"depth\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunk\",\"type\":\"bytes\"}],\"name\":\"leaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"chunk\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "DAMerkleHarness",
	Bin: "0x6080604052348015600e575f5ffd5b506105028061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c806332bd36c11461004e578063573ab1fa14610074578063a990baee14610097578063eed385c8146100aa575b5f5ffd5b61006161005c36600461030c565b6100bd565b6040519081526020015b60405180910390f35b61008761008236600461035b565b6100d1565b604051901515815260200161006b565b6100616100a536600461041f565b6100ef565b6100616100b836600461043f565b610103565b5f6100c984848461010d565b949350505050565b5f6100e188888888888888610142565b90505b979650505050505050565b5f6100fa8383610248565b90505b92915050565b5f6100fd8261028f565b5f83838360405160200161012393929190610456565b6040516020818303038152906040528051906020012090509392505050565b5f858763ffffffff16101580610160575061015c8661028f565b8214155b1561016c57505f6100e4565b5f61017888878761010d565b90505f5b8381101561023957600163ffffffff8a16821c16156101e4578484828181106101a7576101a761047d565b90506020020135826040516020016101c9929190918252602082015260400190565b6040516020818303038152906040528051906020012061022f565b818585838181106101f7576101f761047d565b90506020020135604051602001610218929190918252602082015260400190565b604051602081830303815290604052805190602001205b915060010161017c565b50909714979650505050505050565b5f81600161025682866104a5565b61026091906104b8565b61026a91906104cb565b9050603f1961027a82603f6104a5565b16905060408110156100fd5750604092915050565b5f5b81816001901b10156102af57806102a7816104ea565b915050610291565b919050565b803563ffffffff811681146102af575f5ffd5b5f5f83601f8401126102d7575f5ffd5b50813567ffffffffffffffff8111156102ee575f5ffd5b602083019150836020828501011115610305575f5ffd5b9250929050565b5f5f5f6040848603121561031e575f5ffd5b610327846102b4565b9250602084013567ffffffffffffffff811115610342575f5ffd5b61034e868287016102c7565b9497909650939450505050565b5f5f5f5f5f5f5f60a0888a031215610371575f5ffd5b87359650610381602089016102b4565b955060408801359450606088013567ffffffffffffffff8111156103a3575f5ffd5b6103af8a828b016102c7565b909550935050608088013567ffffffffffffffff8111156103ce575f5ffd5b8801601f81018a136103de575f5ffd5b803567ffffffffffffffff8111156103f4575f5ffd5b8a60208260051b8401011115610408575f5ffd5b602082019350809250505092959891949750929550565b5f5f60408385031215610430575f5ffd5b50508035926020909101359150565b5f6020828403121561044f575f5ffd5b5035919050565b60e084901b6001600160e01b0319168152818360048301375f910160040190815292915050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b808201808211156100fd576100fd610491565b818103818111156100fd576100fd610491565b5f826104e557634e487b7160e01b5f52601260045260245ffd5b500490565b5f600182016104fb576104fb610491565b506001019056",
}

// DAMerkleHarness is an auto generated Go binding around an Ethereum contract.
type DAMerkleHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DAMerkleHarness) GetABI() abi.ABI {
	return c.abi
}

// NewDAMerkleHarness creates a new instance of DAMerkleHarness.
func NewDAMerkleHarness() *DAMerkleHarness {
	parsed, err := DAMerkleHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DAMerkleHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DAMerkleHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackChunkSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa990baee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function chunkSize(uint256 dataLength, uint256 k) pure returns(uint256)
func (dAMerkleHarness *DAMerkleHarness) PackChunkSize(dataLength *big.Int, k *big.Int) []byte {
	enc, err := dAMerkleHarness.abi.Pack("chunkSize", dataLength, k)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChunkSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa990baee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function chunkSize(uint256 dataLength, uint256 k) pure returns(uint256)
func (dAMerkleHarness *DAMerkleHarness) TryPackChunkSize(dataLength *big.Int, k *big.Int) ([]byte, error) {
	return dAMerkleHarness.abi.Pack("chunkSize", dataLength, k)
}

// UnpackChunkSize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa990baee.
//
// Solidity: function chunkSize(uint256 dataLength, uint256 k) pure returns(uint256)
func (dAMerkleHarness *DAMerkleHarness) UnpackChunkSize(data []byte) (*big.Int, error) {
	out, err := dAMerkleHarness.abi.Unpack("chunkSize", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDepth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeed385c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depth(uint256 n) pure returns(uint256)
func (dAMerkleHarness *DAMerkleHarness) PackDepth(n *big.Int) []byte {
	enc, err := dAMerkleHarness.abi.Pack("depth", n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeed385c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depth(uint256 n) pure returns(uint256)
func (dAMerkleHarness *DAMerkleHarness) TryPackDepth(n *big.Int) ([]byte, error) {
	return dAMerkleHarness.abi.Pack("depth", n)
}

// UnpackDepth is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeed385c8.
//
// Solidity: function depth(uint256 n) pure returns(uint256)
func (dAMerkleHarness *DAMerkleHarness) UnpackDepth(data []byte) (*big.Int, error) {
	out, err := dAMerkleHarness.abi.Unpack("depth", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32bd36c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leaf(uint32 index, bytes chunk) pure returns(bytes32)
func (dAMerkleHarness *DAMerkleHarness) PackLeaf(index uint32, chunk []byte) []byte {
	enc, err := dAMerkleHarness.abi.Pack("leaf", index, chunk)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32bd36c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leaf(uint32 index, bytes chunk) pure returns(bytes32)
func (dAMerkleHarness *DAMerkleHarness) TryPackLeaf(index uint32, chunk []byte) ([]byte, error) {
	return dAMerkleHarness.abi.Pack("leaf", index, chunk)
}

// UnpackLeaf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x32bd36c1.
//
// Solidity: function leaf(uint32 index, bytes chunk) pure returns(bytes32)
func (dAMerkleHarness *DAMerkleHarness) UnpackLeaf(data []byte) ([32]byte, error) {
	out, err := dAMerkleHarness.abi.Unpack("leaf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x573ab1fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(bytes32 root, uint32 index, uint256 n, bytes chunk, bytes32[] proof) pure returns(bool)
func (dAMerkleHarness *DAMerkleHarness) PackVerify(root [32]byte, index uint32, n *big.Int, chunk []byte, proof [][32]byte) []byte {
	enc, err := dAMerkleHarness.abi.Pack("verify", root, index, n, chunk, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x573ab1fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(bytes32 root, uint32 index, uint256 n, bytes chunk, bytes32[] proof) pure returns(bool)
func (dAMerkleHarness *DAMerkleHarness) TryPackVerify(root [32]byte, index uint32, n *big.Int, chunk []byte, proof [][32]byte) ([]byte, error) {
	return dAMerkleHarness.abi.Pack("verify", root, index, n, chunk, proof)
}

// UnpackVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x573ab1fa.
//
// Solidity: function verify(bytes32 root, uint32 index, uint256 n, bytes chunk, bytes32[] proof) pure returns(bool)
func (dAMerkleHarness *DAMerkleHarness) UnpackVerify(data []byte) (bool, error) {
	out, err := dAMerkleHarness.abi.Unpack("verify", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}
