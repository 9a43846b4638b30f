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

// GameTestBatchInboxMetaData contains all meta data concerning the GameTestBatchInbox contract.
var GameTestBatchInboxMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"inbox_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"}],\"name\":\"cumTrace\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"daChallengePending\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"}],\"name\":\"headerHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inbox\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"}],\"name\":\"isVoid\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestBatch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"}],\"name\":\"postedAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash_\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"signersHash_\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"cumTrace_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"postedAt_\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"void_\",\"type\":\"bool\"}],\"name\":\"setBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"}],\"name\":\"signersHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "GameTestBatchInbox",
	Bin: "0x60a0604052348015600e575f5ffd5b50604051610423380380610423833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b6080516103a561007e5f395f6101ba01526103a55ff3fe608060405234801561000f575f5ffd5b5060043610610090575f3560e01c8063d71f332711610063578063d71f332714610158578063da32c6fd1461016d578063e930dad11461017f578063fb0e722b146101b5578063fe9aa4cf146101f4575f5ffd5b80631e0d13871461009457806338981b8b146100e157806395934bae1461011b578063a1651fe214610144575b5f5ffd5b6100c36100a236600461031b565b67ffffffffffffffff9081165f908152602081905260409020600201541690565b60405167ffffffffffffffff90911681526020015b60405180910390f35b61010d6100ef36600461031b565b67ffffffffffffffff165f9081526020819052604090206001015490565b6040519081526020016100d8565b61010d61012936600461031b565b67ffffffffffffffff165f9081526020819052604090205490565b6001546100c39067ffffffffffffffff1681565b61016b61016636600461033b565b61022a565b005b5f5b60405190151581526020016100d8565b61016f61018d36600461031b565b67ffffffffffffffff165f90815260208190526040902060020154600160801b900460ff1690565b6101dc7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100d8565b6100c361020236600461031b565b67ffffffffffffffff9081165f90815260208190526040902060020154600160401b90041690565b6040805160a081018252868152602080820187815267ffffffffffffffff80881684860190815287821660608601908152871515608087019081528d84165f8181529687905297909520955186559251600180870191909155905160029095018054935194511515600160801b0260ff60801b19958416600160401b026fffffffffffffffffffffffffffffffff19909516968416969096179390931793909316939093179055541610156102f7576001805467ffffffffffffffff191667ffffffffffffffff88161790555b505050505050565b803567ffffffffffffffff81168114610316575f5ffd5b919050565b5f6020828403121561032b575f5ffd5b610334826102ff565b9392505050565b5f5f5f5f5f5f60c08789031215610350575f5ffd5b610359876102ff565b95506020870135945060408701359350610375606088016102ff565b9250610383608088016102ff565b915060a08701358015158114610397575f5ffd5b80915050929550929550929556",
}

// GameTestBatchInbox is an auto generated Go binding around an Ethereum contract.
type GameTestBatchInbox struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GameTestBatchInbox) GetABI() abi.ABI {
	return c.abi
}

// NewGameTestBatchInbox creates a new instance of GameTestBatchInbox.
func NewGameTestBatchInbox() *GameTestBatchInbox {
	parsed, err := GameTestBatchInboxMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GameTestBatchInbox{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GameTestBatchInbox) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address inbox_) returns()
func (gameTestBatchInbox *GameTestBatchInbox) PackConstructor(inbox_ common.Address) []byte {
	enc, err := gameTestBatchInbox.abi.Pack("", inbox_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCumTrace is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e0d1387.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cumTrace(uint64 n) view returns(uint64)
func (gameTestBatchInbox *GameTestBatchInbox) PackCumTrace(n uint64) []byte {
	enc, err := gameTestBatchInbox.abi.Pack("cumTrace", n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCumTrace is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e0d1387.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cumTrace(uint64 n) view returns(uint64)
func (gameTestBatchInbox *GameTestBatchInbox) TryPackCumTrace(n uint64) ([]byte, error) {
	return gameTestBatchInbox.abi.Pack("cumTrace", n)
}

// UnpackCumTrace is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e0d1387.
//
// Solidity: function cumTrace(uint64 n) view returns(uint64)
func (gameTestBatchInbox *GameTestBatchInbox) UnpackCumTrace(data []byte) (uint64, error) {
	out, err := gameTestBatchInbox.abi.Unpack("cumTrace", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDaChallengePending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda32c6fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function daChallengePending() pure returns(bool)
func (gameTestBatchInbox *GameTestBatchInbox) PackDaChallengePending() []byte {
	enc, err := gameTestBatchInbox.abi.Pack("daChallengePending")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDaChallengePending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda32c6fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function daChallengePending() pure returns(bool)
func (gameTestBatchInbox *GameTestBatchInbox) TryPackDaChallengePending() ([]byte, error) {
	return gameTestBatchInbox.abi.Pack("daChallengePending")
}

// UnpackDaChallengePending is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xda32c6fd.
//
// Solidity: function daChallengePending() pure returns(bool)
func (gameTestBatchInbox *GameTestBatchInbox) UnpackDaChallengePending(data []byte) (bool, error) {
	out, err := gameTestBatchInbox.abi.Unpack("daChallengePending", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHeaderHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95934bae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function headerHash(uint64 n) view returns(bytes32)
func (gameTestBatchInbox *GameTestBatchInbox) PackHeaderHash(n uint64) []byte {
	enc, err := gameTestBatchInbox.abi.Pack("headerHash", n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHeaderHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95934bae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function headerHash(uint64 n) view returns(bytes32)
func (gameTestBatchInbox *GameTestBatchInbox) TryPackHeaderHash(n uint64) ([]byte, error) {
	return gameTestBatchInbox.abi.Pack("headerHash", n)
}

// UnpackHeaderHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95934bae.
//
// Solidity: function headerHash(uint64 n) view returns(bytes32)
func (gameTestBatchInbox *GameTestBatchInbox) UnpackHeaderHash(data []byte) ([32]byte, error) {
	out, err := gameTestBatchInbox.abi.Unpack("headerHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackInbox is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb0e722b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inbox() view returns(address)
func (gameTestBatchInbox *GameTestBatchInbox) PackInbox() []byte {
	enc, err := gameTestBatchInbox.abi.Pack("inbox")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInbox is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb0e722b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inbox() view returns(address)
func (gameTestBatchInbox *GameTestBatchInbox) TryPackInbox() ([]byte, error) {
	return gameTestBatchInbox.abi.Pack("inbox")
}

// UnpackInbox is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb0e722b.
//
// Solidity: function inbox() view returns(address)
func (gameTestBatchInbox *GameTestBatchInbox) UnpackInbox(data []byte) (common.Address, error) {
	out, err := gameTestBatchInbox.abi.Unpack("inbox", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsVoid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe930dad1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isVoid(uint64 n) view returns(bool)
func (gameTestBatchInbox *GameTestBatchInbox) PackIsVoid(n uint64) []byte {
	enc, err := gameTestBatchInbox.abi.Pack("isVoid", n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsVoid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe930dad1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isVoid(uint64 n) view returns(bool)
func (gameTestBatchInbox *GameTestBatchInbox) TryPackIsVoid(n uint64) ([]byte, error) {
	return gameTestBatchInbox.abi.Pack("isVoid", n)
}

// UnpackIsVoid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe930dad1.
//
// Solidity: function isVoid(uint64 n) view returns(bool)
func (gameTestBatchInbox *GameTestBatchInbox) UnpackIsVoid(data []byte) (bool, error) {
	out, err := gameTestBatchInbox.abi.Unpack("isVoid", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLatestBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1651fe2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestBatch() view returns(uint64)
func (gameTestBatchInbox *GameTestBatchInbox) PackLatestBatch() []byte {
	enc, err := gameTestBatchInbox.abi.Pack("latestBatch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1651fe2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestBatch() view returns(uint64)
func (gameTestBatchInbox *GameTestBatchInbox) TryPackLatestBatch() ([]byte, error) {
	return gameTestBatchInbox.abi.Pack("latestBatch")
}

// UnpackLatestBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1651fe2.
//
// Solidity: function latestBatch() view returns(uint64)
func (gameTestBatchInbox *GameTestBatchInbox) UnpackLatestBatch(data []byte) (uint64, error) {
	out, err := gameTestBatchInbox.abi.Unpack("latestBatch", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackPostedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe9aa4cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postedAt(uint64 n) view returns(uint64)
func (gameTestBatchInbox *GameTestBatchInbox) PackPostedAt(n uint64) []byte {
	enc, err := gameTestBatchInbox.abi.Pack("postedAt", n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe9aa4cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postedAt(uint64 n) view returns(uint64)
func (gameTestBatchInbox *GameTestBatchInbox) TryPackPostedAt(n uint64) ([]byte, error) {
	return gameTestBatchInbox.abi.Pack("postedAt", n)
}

// UnpackPostedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe9aa4cf.
//
// Solidity: function postedAt(uint64 n) view returns(uint64)
func (gameTestBatchInbox *GameTestBatchInbox) UnpackPostedAt(data []byte) (uint64, error) {
	out, err := gameTestBatchInbox.abi.Unpack("postedAt", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSetBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd71f3327.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBatch(uint64 n, bytes32 headerHash_, bytes32 signersHash_, uint64 cumTrace_, uint64 postedAt_, bool void_) returns()
func (gameTestBatchInbox *GameTestBatchInbox) PackSetBatch(n uint64, headerHash [32]byte, signersHash [32]byte, cumTrace uint64, postedAt uint64, void bool) []byte {
	enc, err := gameTestBatchInbox.abi.Pack("setBatch", n, headerHash, signersHash, cumTrace, postedAt, void)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd71f3327.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBatch(uint64 n, bytes32 headerHash_, bytes32 signersHash_, uint64 cumTrace_, uint64 postedAt_, bool void_) returns()
func (gameTestBatchInbox *GameTestBatchInbox) TryPackSetBatch(n uint64, headerHash [32]byte, signersHash [32]byte, cumTrace uint64, postedAt uint64, void bool) ([]byte, error) {
	return gameTestBatchInbox.abi.Pack("setBatch", n, headerHash, signersHash, cumTrace, postedAt, void)
}

// PackSignersHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38981b8b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function signersHash(uint64 n) view returns(bytes32)
func (gameTestBatchInbox *GameTestBatchInbox) PackSignersHash(n uint64) []byte {
	enc, err := gameTestBatchInbox.abi.Pack("signersHash", n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSignersHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38981b8b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function signersHash(uint64 n) view returns(bytes32)
func (gameTestBatchInbox *GameTestBatchInbox) TryPackSignersHash(n uint64) ([]byte, error) {
	return gameTestBatchInbox.abi.Pack("signersHash", n)
}

// UnpackSignersHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38981b8b.
//
// Solidity: function signersHash(uint64 n) view returns(bytes32)
func (gameTestBatchInbox *GameTestBatchInbox) UnpackSignersHash(data []byte) ([32]byte, error) {
	out, err := gameTestBatchInbox.abi.Unpack("signersHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}
