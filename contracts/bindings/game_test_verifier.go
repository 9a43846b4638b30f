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

// GameTestVerifierMetaData contains all meta data concerning the GameTestVerifier contract.
var GameTestVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"step\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "GameTestVerifier",
	Bin: "0x6080604052348015600e575f5ffd5b5061017b8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610029575f3560e01c806347fbadb91461002d575b5f5ffd5b61004061003b3660046100bd565b610052565b60405190815260200160405180910390f35b5f806100616020828587610136565b61006a9161015d565b9050805f525f60205260405ff35b5f5f83601f840112610088575f5ffd5b50813567ffffffffffffffff81111561009f575f5ffd5b6020830191508360208285010111156100b6575f5ffd5b9250929050565b5f5f5f5f5f606086880312156100d1575f5ffd5b85359450602086013567ffffffffffffffff8111156100ee575f5ffd5b6100fa88828901610078565b909550935050604086013567ffffffffffffffff811115610119575f5ffd5b61012588828901610078565b969995985093965092949392505050565b5f5f85851115610144575f5ffd5b83861115610150575f5ffd5b5050820193919092039150565b80356020831015610175575f19602084900360031b1b165b9291505056",
}

// GameTestVerifier is an auto generated Go binding around an Ethereum contract.
type GameTestVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GameTestVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewGameTestVerifier creates a new instance of GameTestVerifier.
func NewGameTestVerifier() *GameTestVerifier {
	parsed, err := GameTestVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GameTestVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GameTestVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47fbadb9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function step(bytes32 , bytes , bytes witness) pure returns(bytes32)
func (gameTestVerifier *GameTestVerifier) PackStep(arg0 [32]byte, arg1 []byte, witness []byte) []byte {
	enc, err := gameTestVerifier.abi.Pack("step", arg0, arg1, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47fbadb9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function step(bytes32 , bytes , bytes witness) pure returns(bytes32)
func (gameTestVerifier *GameTestVerifier) TryPackStep(arg0 [32]byte, arg1 []byte, witness []byte) ([]byte, error) {
	return gameTestVerifier.abi.Pack("step", arg0, arg1, witness)
}

// UnpackStep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x47fbadb9.
//
// Solidity: function step(bytes32 , bytes , bytes witness) pure returns(bytes32)
func (gameTestVerifier *GameTestVerifier) UnpackStep(data []byte) ([32]byte, error) {
	out, err := gameTestVerifier.abi.Unpack("step", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}
