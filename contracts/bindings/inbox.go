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

// InboxMetaData contains all meta data concerning the Inbox contract.
var InboxMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"inclusionWindow_\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"maxTxSize_\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"EmptyTransaction\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"}],\"name\":\"EntryOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TransactionTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroInclusionWindow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroMaxTxSize\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"entryHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"EntryQueued\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"KIND_DEPOSIT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_FORCED_TX\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"entry\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"rawTx\",\"type\":\"bytes\"}],\"name\":\"forceTransaction\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"rawTx\",\"type\":\"bytes\"}],\"name\":\"forcedTxHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inclusionWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"isOverdue\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"length\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxTxSize\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"overdueCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"t\",\"type\":\"uint64\"}],\"name\":\"overdueCountAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Inbox",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051610a52380380610a5283398101604081905261002e91610099565b816001600160401b03165f036100575760405163fbbe15c560e01b815260040160405180910390fd5b8063ffffffff165f0361007d57604051630c80270560e11b815260040160405180910390fd5b6001600160401b0390911660805263ffffffff1660a0526100e4565b5f5f604083850312156100aa575f5ffd5b82516001600160401b03811681146100c0575f5ffd5b602084015190925063ffffffff811681146100d9575f5ffd5b809150509250929050565b60805160a05161093861011a5f395f81816101af01528181610343015261038501525f818161028a015261061601526109385ff3fe6080604052600436106100bf575f3560e01c8063846d39a61161007c578063cfd0fa4911610057578063cfd0fa4914610246578063e827cfc01461025a578063e88816e714610279578063f340fa01146102ac575f5ffd5b8063846d39a6146101e657806385459858146101fa578063ac72088914610227575f5ffd5b80631f7b6d32146100c35780633fc898bb146100ef5780635109ba721461011e5780635db6b9f71461013d5780636ced947d146101625780637e150d661461019e575b5f5ffd5b3480156100ce575f5ffd5b505f545b6040516001600160401b0390911681526020015b60405180910390f35b3480156100fa575f5ffd5b5061010e61010936600461075c565b6102bf565b60405190151581526020016100e6565b348015610129575f5ffd5b506100d2610138366004610782565b61031b565b348015610148575f5ffd5b506101505f81565b60405160ff90911681526020016100e6565b34801561016d575f5ffd5b5061018161017c36600461075c565b6103fe565b604080519283526001600160401b039091166020830152016100e6565b3480156101a9575f5ffd5b506101d17f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff90911681526020016100e6565b3480156101f1575f5ffd5b50610150600181565b348015610205575f5ffd5b50610219610214366004610809565b610479565b6040519081526020016100e6565b348015610232575f5ffd5b50610219610241366004610782565b6104c7565b348015610251575f5ffd5b506100d26104de565b348015610265575f5ffd5b506100d261027436600461075c565b6104ed565b348015610284575f5ffd5b506100d27f000000000000000000000000000000000000000000000000000000000000000081565b6100d26102ba366004610831565b610581565b5f6102c9826105c5565b6103156001836001600160401b0316815481106102e8576102e861084a565b905f5260205f2090600491828204019190066008029054906101000a90046001600160401b031642610608565b92915050565b5f81810361033c576040516313064eb160e11b815260040160405180910390fd5b63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168211156103b757604051632300a09360e21b81526004810183905263ffffffff7f00000000000000000000000000000000000000000000000000000000000000001660248201526044015b60405180910390fd5b6103f7600184848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061065292505050565b9392505050565b5f5f610409836105c5565b5f836001600160401b0316815481106104245761042461084a565b905f5260205f2001546001846001600160401b0316815481106104495761044961084a565b905f5260205f2090600491828204019190066008029054906101000a90046001600160401b031691509150915091565b6040515f602082018190526bffffffffffffffffffffffff19606085901b16602183015260358201839052906055015b60405160208183030381529060405280519060200120905092915050565b5f600183836040516020016104a99392919061085e565b5f6104e8426104ed565b905090565b6001545f9081905b8082101561057a575f600261050a8385610885565b61051491906108a4565b90506105596001828154811061052c5761052c61084a565b905f5260205f2090600491828204019190066008029054906101000a90046001600160401b031686610608565b1561057057610569816001610885565b9250610574565b8091505b506104f5565b5092915050565b6040516bffffffffffffffffffffffff19606083901b1660208201523460348201525f90819060540160405160208183030381529060405290506103f75f82610652565b5f546001600160401b03821610610605575f54604051630684887f60e51b81526001600160401b03808416600483015290911660248201526044016103ae565b50565b5f61063f6001600160401b037f00000000000000000000000000000000000000000000000000000000000000008116908516610885565b826001600160401b031611905092915050565b5f5f83836040516020016106679291906108c3565b60408051808303601f190181529082905280516020909101205f8054600180820183557f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56382018490558054808201825592527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf66004830401805460039093166008026101000a6001600160401b03818102199094164280861692909202179091559095509193509091339160ff881691908616907f572e202e930e2dad04b92b51a4f8e2566d03426ccc9147804dcde553679020119061074c908990889088906108ec565b60405180910390a4505092915050565b5f6020828403121561076c575f5ffd5b81356001600160401b03811681146103f7575f5ffd5b5f5f60208385031215610793575f5ffd5b82356001600160401b038111156107a8575f5ffd5b8301601f810185136107b8575f5ffd5b80356001600160401b038111156107cd575f5ffd5b8560208284010111156107de575f5ffd5b6020919091019590945092505050565b80356001600160a01b0381168114610804575f5ffd5b919050565b5f5f6040838503121561081a575f5ffd5b610823836107ee565b946020939093013593505050565b5f60208284031215610841575f5ffd5b6103f7826107ee565b634e487b7160e01b5f52603260045260245ffd5b60f884901b6001600160f81b0319168152818360018301375f910160010190815292915050565b8082018082111561031557634e487b7160e01b5f52601160045260245ffd5b5f826108be57634e487b7160e01b5f52601260045260245ffd5b500490565b60ff60f81b8360f81b1681525f82518060208501600185015e5f92016001019182525092915050565b606081525f84518060608401528060208701608085015e5f608082850101526080601f19601f8301168401019150508360208301526001600160401b038316604083015294935050505056",
}

// Inbox is an auto generated Go binding around an Ethereum contract.
type Inbox struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Inbox) GetABI() abi.ABI {
	return c.abi
}

// NewInbox creates a new instance of Inbox.
func NewInbox() *Inbox {
	parsed, err := InboxMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Inbox{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Inbox) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint64 inclusionWindow_, uint32 maxTxSize_) returns()
func (inbox *Inbox) PackConstructor(inclusionWindow_ uint64, maxTxSize_ uint32) []byte {
	enc, err := inbox.abi.Pack("", inclusionWindow_, maxTxSize_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackKINDDEPOSIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5db6b9f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KIND_DEPOSIT() view returns(uint8)
func (inbox *Inbox) PackKINDDEPOSIT() []byte {
	enc, err := inbox.abi.Pack("KIND_DEPOSIT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKINDDEPOSIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5db6b9f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KIND_DEPOSIT() view returns(uint8)
func (inbox *Inbox) TryPackKINDDEPOSIT() ([]byte, error) {
	return inbox.abi.Pack("KIND_DEPOSIT")
}

// UnpackKINDDEPOSIT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5db6b9f7.
//
// Solidity: function KIND_DEPOSIT() view returns(uint8)
func (inbox *Inbox) UnpackKINDDEPOSIT(data []byte) (uint8, error) {
	out, err := inbox.abi.Unpack("KIND_DEPOSIT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackKINDFORCEDTX is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x846d39a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KIND_FORCED_TX() view returns(uint8)
func (inbox *Inbox) PackKINDFORCEDTX() []byte {
	enc, err := inbox.abi.Pack("KIND_FORCED_TX")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKINDFORCEDTX is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x846d39a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KIND_FORCED_TX() view returns(uint8)
func (inbox *Inbox) TryPackKINDFORCEDTX() ([]byte, error) {
	return inbox.abi.Pack("KIND_FORCED_TX")
}

// UnpackKINDFORCEDTX is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x846d39a6.
//
// Solidity: function KIND_FORCED_TX() view returns(uint8)
func (inbox *Inbox) UnpackKINDFORCEDTX(data []byte) (uint8, error) {
	out, err := inbox.abi.Unpack("KIND_FORCED_TX", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf340fa01.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(address to) payable returns(uint64 index)
func (inbox *Inbox) PackDeposit(to common.Address) []byte {
	enc, err := inbox.abi.Pack("deposit", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf340fa01.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(address to) payable returns(uint64 index)
func (inbox *Inbox) TryPackDeposit(to common.Address) ([]byte, error) {
	return inbox.abi.Pack("deposit", to)
}

// UnpackDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf340fa01.
//
// Solidity: function deposit(address to) payable returns(uint64 index)
func (inbox *Inbox) UnpackDeposit(data []byte) (uint64, error) {
	out, err := inbox.abi.Unpack("deposit", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDepositHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x85459858.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositHash(address to, uint256 amount) pure returns(bytes32)
func (inbox *Inbox) PackDepositHash(to common.Address, amount *big.Int) []byte {
	enc, err := inbox.abi.Pack("depositHash", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x85459858.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositHash(address to, uint256 amount) pure returns(bytes32)
func (inbox *Inbox) TryPackDepositHash(to common.Address, amount *big.Int) ([]byte, error) {
	return inbox.abi.Pack("depositHash", to, amount)
}

// UnpackDepositHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x85459858.
//
// Solidity: function depositHash(address to, uint256 amount) pure returns(bytes32)
func (inbox *Inbox) UnpackDepositHash(data []byte) ([32]byte, error) {
	out, err := inbox.abi.Unpack("depositHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEntry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ced947d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function entry(uint64 index) view returns(bytes32 hash, uint64 timestamp)
func (inbox *Inbox) PackEntry(index uint64) []byte {
	enc, err := inbox.abi.Pack("entry", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEntry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ced947d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function entry(uint64 index) view returns(bytes32 hash, uint64 timestamp)
func (inbox *Inbox) TryPackEntry(index uint64) ([]byte, error) {
	return inbox.abi.Pack("entry", index)
}

// EntryOutput serves as a container for the return parameters of contract
// method Entry.
type EntryOutput struct {
	Hash      [32]byte
	Timestamp uint64
}

// UnpackEntry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6ced947d.
//
// Solidity: function entry(uint64 index) view returns(bytes32 hash, uint64 timestamp)
func (inbox *Inbox) UnpackEntry(data []byte) (EntryOutput, error) {
	out, err := inbox.abi.Unpack("entry", data)
	outstruct := new(EntryOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Hash = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Timestamp = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackForceTransaction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5109ba72.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forceTransaction(bytes rawTx) returns(uint64 index)
func (inbox *Inbox) PackForceTransaction(rawTx []byte) []byte {
	enc, err := inbox.abi.Pack("forceTransaction", rawTx)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForceTransaction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5109ba72.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forceTransaction(bytes rawTx) returns(uint64 index)
func (inbox *Inbox) TryPackForceTransaction(rawTx []byte) ([]byte, error) {
	return inbox.abi.Pack("forceTransaction", rawTx)
}

// UnpackForceTransaction is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5109ba72.
//
// Solidity: function forceTransaction(bytes rawTx) returns(uint64 index)
func (inbox *Inbox) UnpackForceTransaction(data []byte) (uint64, error) {
	out, err := inbox.abi.Unpack("forceTransaction", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackForcedTxHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac720889.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedTxHash(bytes rawTx) pure returns(bytes32)
func (inbox *Inbox) PackForcedTxHash(rawTx []byte) []byte {
	enc, err := inbox.abi.Pack("forcedTxHash", rawTx)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedTxHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac720889.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedTxHash(bytes rawTx) pure returns(bytes32)
func (inbox *Inbox) TryPackForcedTxHash(rawTx []byte) ([]byte, error) {
	return inbox.abi.Pack("forcedTxHash", rawTx)
}

// UnpackForcedTxHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xac720889.
//
// Solidity: function forcedTxHash(bytes rawTx) pure returns(bytes32)
func (inbox *Inbox) UnpackForcedTxHash(data []byte) ([32]byte, error) {
	out, err := inbox.abi.Unpack("forcedTxHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackInclusionWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe88816e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inclusionWindow() view returns(uint64)
func (inbox *Inbox) PackInclusionWindow() []byte {
	enc, err := inbox.abi.Pack("inclusionWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInclusionWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe88816e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inclusionWindow() view returns(uint64)
func (inbox *Inbox) TryPackInclusionWindow() ([]byte, error) {
	return inbox.abi.Pack("inclusionWindow")
}

// UnpackInclusionWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe88816e7.
//
// Solidity: function inclusionWindow() view returns(uint64)
func (inbox *Inbox) UnpackInclusionWindow(data []byte) (uint64, error) {
	out, err := inbox.abi.Unpack("inclusionWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackIsOverdue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3fc898bb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOverdue(uint64 index) view returns(bool)
func (inbox *Inbox) PackIsOverdue(index uint64) []byte {
	enc, err := inbox.abi.Pack("isOverdue", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOverdue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3fc898bb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOverdue(uint64 index) view returns(bool)
func (inbox *Inbox) TryPackIsOverdue(index uint64) ([]byte, error) {
	return inbox.abi.Pack("isOverdue", index)
}

// UnpackIsOverdue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3fc898bb.
//
// Solidity: function isOverdue(uint64 index) view returns(bool)
func (inbox *Inbox) UnpackIsOverdue(data []byte) (bool, error) {
	out, err := inbox.abi.Unpack("isOverdue", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f7b6d32.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function length() view returns(uint64)
func (inbox *Inbox) PackLength() []byte {
	enc, err := inbox.abi.Pack("length")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f7b6d32.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function length() view returns(uint64)
func (inbox *Inbox) TryPackLength() ([]byte, error) {
	return inbox.abi.Pack("length")
}

// UnpackLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1f7b6d32.
//
// Solidity: function length() view returns(uint64)
func (inbox *Inbox) UnpackLength(data []byte) (uint64, error) {
	out, err := inbox.abi.Unpack("length", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMaxTxSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e150d66.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxTxSize() view returns(uint32)
func (inbox *Inbox) PackMaxTxSize() []byte {
	enc, err := inbox.abi.Pack("maxTxSize")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxTxSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e150d66.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxTxSize() view returns(uint32)
func (inbox *Inbox) TryPackMaxTxSize() ([]byte, error) {
	return inbox.abi.Pack("maxTxSize")
}

// UnpackMaxTxSize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7e150d66.
//
// Solidity: function maxTxSize() view returns(uint32)
func (inbox *Inbox) UnpackMaxTxSize(data []byte) (uint32, error) {
	out, err := inbox.abi.Unpack("maxTxSize", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackOverdueCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfd0fa49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function overdueCount() view returns(uint64)
func (inbox *Inbox) PackOverdueCount() []byte {
	enc, err := inbox.abi.Pack("overdueCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOverdueCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfd0fa49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function overdueCount() view returns(uint64)
func (inbox *Inbox) TryPackOverdueCount() ([]byte, error) {
	return inbox.abi.Pack("overdueCount")
}

// UnpackOverdueCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcfd0fa49.
//
// Solidity: function overdueCount() view returns(uint64)
func (inbox *Inbox) UnpackOverdueCount(data []byte) (uint64, error) {
	out, err := inbox.abi.Unpack("overdueCount", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOverdueCountAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe827cfc0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function overdueCountAt(uint64 t) view returns(uint64)
func (inbox *Inbox) PackOverdueCountAt(t uint64) []byte {
	enc, err := inbox.abi.Pack("overdueCountAt", t)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOverdueCountAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe827cfc0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function overdueCountAt(uint64 t) view returns(uint64)
func (inbox *Inbox) TryPackOverdueCountAt(t uint64) ([]byte, error) {
	return inbox.abi.Pack("overdueCountAt", t)
}

// UnpackOverdueCountAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe827cfc0.
//
// Solidity: function overdueCountAt(uint64 t) view returns(uint64)
func (inbox *Inbox) UnpackOverdueCountAt(data []byte) (uint64, error) {
	out, err := inbox.abi.Unpack("overdueCountAt", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// InboxEntryQueued represents a EntryQueued event raised by the Inbox contract.
type InboxEntryQueued struct {
	Index     uint64
	Kind      uint8
	Sender    common.Address
	Payload   []byte
	EntryHash [32]byte
	Timestamp uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const InboxEntryQueuedEventName = "EntryQueued"

// ContractEventName returns the user-defined event name.
func (InboxEntryQueued) ContractEventName() string {
	return InboxEntryQueuedEventName
}

// UnpackEntryQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EntryQueued(uint64 indexed index, uint8 indexed kind, address indexed sender, bytes payload, bytes32 entryHash, uint64 timestamp)
func (inbox *Inbox) UnpackEntryQueuedEvent(log *types.Log) (*InboxEntryQueued, error) {
	event := "EntryQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inbox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InboxEntryQueued)
	if len(log.Data) > 0 {
		if err := inbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inbox.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (inbox *Inbox) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], inbox.abi.Errors["EmptyTransaction"].ID.Bytes()[:4]) {
		return inbox.UnpackEmptyTransactionError(raw[4:])
	}
	if bytes.Equal(raw[:4], inbox.abi.Errors["EntryOutOfRange"].ID.Bytes()[:4]) {
		return inbox.UnpackEntryOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], inbox.abi.Errors["TransactionTooLarge"].ID.Bytes()[:4]) {
		return inbox.UnpackTransactionTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], inbox.abi.Errors["ZeroInclusionWindow"].ID.Bytes()[:4]) {
		return inbox.UnpackZeroInclusionWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], inbox.abi.Errors["ZeroMaxTxSize"].ID.Bytes()[:4]) {
		return inbox.UnpackZeroMaxTxSizeError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// InboxEmptyTransaction represents a EmptyTransaction error raised by the Inbox contract.
type InboxEmptyTransaction struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyTransaction()
func InboxEmptyTransactionErrorID() common.Hash {
	return common.HexToHash("0x260c9d6270f72d4a44d6b97087d38f34d7b08f08dc1e0852b5f21a9d48bf0c4e")
}

// UnpackEmptyTransactionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyTransaction()
func (inbox *Inbox) UnpackEmptyTransactionError(raw []byte) (*InboxEmptyTransaction, error) {
	out := new(InboxEmptyTransaction)
	if err := inbox.abi.UnpackIntoInterface(out, "EmptyTransaction", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InboxEntryOutOfRange represents a EntryOutOfRange error raised by the Inbox contract.
type InboxEntryOutOfRange struct {
	Index  uint64
	Length uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EntryOutOfRange(uint64 index, uint64 length)
func InboxEntryOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xd0910fe0171607b556a97b66cb99bf322c1efc511da8e42dc2c3cbeef13fee4c")
}

// UnpackEntryOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EntryOutOfRange(uint64 index, uint64 length)
func (inbox *Inbox) UnpackEntryOutOfRangeError(raw []byte) (*InboxEntryOutOfRange, error) {
	out := new(InboxEntryOutOfRange)
	if err := inbox.abi.UnpackIntoInterface(out, "EntryOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InboxTransactionTooLarge represents a TransactionTooLarge error raised by the Inbox contract.
type InboxTransactionTooLarge struct {
	Size *big.Int
	Max  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransactionTooLarge(uint256 size, uint256 max)
func InboxTransactionTooLargeErrorID() common.Hash {
	return common.HexToHash("0x8c02824c63d61cbd06baa3e539f8667cd225938ef11188b43cec37599599988b")
}

// UnpackTransactionTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransactionTooLarge(uint256 size, uint256 max)
func (inbox *Inbox) UnpackTransactionTooLargeError(raw []byte) (*InboxTransactionTooLarge, error) {
	out := new(InboxTransactionTooLarge)
	if err := inbox.abi.UnpackIntoInterface(out, "TransactionTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InboxZeroInclusionWindow represents a ZeroInclusionWindow error raised by the Inbox contract.
type InboxZeroInclusionWindow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroInclusionWindow()
func InboxZeroInclusionWindowErrorID() common.Hash {
	return common.HexToHash("0xfbbe15c53e345e71832fbddf96466a829cf98cd30ebbdedc905679ee14c53001")
}

// UnpackZeroInclusionWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroInclusionWindow()
func (inbox *Inbox) UnpackZeroInclusionWindowError(raw []byte) (*InboxZeroInclusionWindow, error) {
	out := new(InboxZeroInclusionWindow)
	if err := inbox.abi.UnpackIntoInterface(out, "ZeroInclusionWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InboxZeroMaxTxSize represents a ZeroMaxTxSize error raised by the Inbox contract.
type InboxZeroMaxTxSize struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroMaxTxSize()
func InboxZeroMaxTxSizeErrorID() common.Hash {
	return common.HexToHash("0x19004e0ae5b862377cacb0dc0e69104812d6923a741eae86ec9b3df0e6907b99")
}

// UnpackZeroMaxTxSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroMaxTxSize()
func (inbox *Inbox) UnpackZeroMaxTxSizeError(raw []byte) (*InboxZeroMaxTxSize, error) {
	out := new(InboxZeroMaxTxSize)
	if err := inbox.abi.UnpackIntoInterface(out, "ZeroMaxTxSize", raw); err != nil {
		return nil, err
	}
	return out, nil
}
