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

// AnchorStateRegistryMetaData contains all meta data concerning the AnchorStateRegistry contract.
var AnchorStateRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"genesisRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"anchorAirgap_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AirgapNotElapsed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AnchorNotNewer\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotDefenderWin\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"AnchorUpdated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"anchor\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"anchorAirgap\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"factory\",\"outputs\":[{\"internalType\":\"contractIDisputeGameResults\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"update\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "AnchorStateRegistry",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161045e38038061045e83398101604081905261002e91610083565b336080526001600160401b03811660a05260018290556040518281525f905f19907ffb8720eb647f6a07d6251a8e1325a6a6c879649ecbfcca1ad1ca9e30c5caeb2a9060200160405180910390a350506100bd565b5f5f60408385031215610094575f5ffd5b825160208401519092506001600160401b03811681146100b2575f5ffd5b809150509250929050565b60805160a0516103746100ea5f395f8181605301526101e001525f818160ad015261012401526103745ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c806310e506321461004e57806382ab890a14610093578063c45a0155146100a8578063d3fb73b4146100e7575b5f5ffd5b6100757f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff90911681526020015b60405180910390f35b6100a66100a13660046102cd565b61011e565b005b6100cf7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161008a565b6100fe5f5460015467ffffffffffffffff90911691565b6040805167ffffffffffffffff909316835260208301919091520161008a565b5f5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663e0d65b69866040518263ffffffff1660e01b815260040161017091815260200190565b608060405180830381865afa15801561018b573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101af9190610300565b9350935093509350600260ff168460ff16146101de576040516313ab1d8760e31b815260040160405180910390fd5b7f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff168367ffffffffffffffff164261021f919061034f565b101561023e57604051630ac7557560e01b815260040160405180910390fd5b5f5467ffffffffffffffff9081169083161161026d57604051637ffd44bf60e01b815260040160405180910390fd5b5f805467ffffffffffffffff191667ffffffffffffffff8416908117909155600182905560405182815286907ffb8720eb647f6a07d6251a8e1325a6a6c879649ecbfcca1ad1ca9e30c5caeb2a9060200160405180910390a35050505050565b5f602082840312156102dd575f5ffd5b5035919050565b805167ffffffffffffffff811681146102fb575f5ffd5b919050565b5f5f5f5f60808587031215610313575f5ffd5b845160ff81168114610323575f5ffd5b9350610331602086016102e4565b925061033f604086016102e4565b6060959095015193969295505050565b8181038181111561036e57634e487b7160e01b5f52601160045260245ffd5b9291505056",
}

// AnchorStateRegistry is an auto generated Go binding around an Ethereum contract.
type AnchorStateRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AnchorStateRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewAnchorStateRegistry creates a new instance of AnchorStateRegistry.
func NewAnchorStateRegistry() *AnchorStateRegistry {
	parsed, err := AnchorStateRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AnchorStateRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AnchorStateRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(bytes32 genesisRoot, uint64 anchorAirgap_) returns()
func (anchorStateRegistry *AnchorStateRegistry) PackConstructor(genesisRoot [32]byte, anchorAirgap_ uint64) []byte {
	enc, err := anchorStateRegistry.abi.Pack("", genesisRoot, anchorAirgap_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAnchor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3fb73b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchor() view returns(uint64 batch, bytes32 root)
func (anchorStateRegistry *AnchorStateRegistry) PackAnchor() []byte {
	enc, err := anchorStateRegistry.abi.Pack("anchor")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3fb73b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchor() view returns(uint64 batch, bytes32 root)
func (anchorStateRegistry *AnchorStateRegistry) TryPackAnchor() ([]byte, error) {
	return anchorStateRegistry.abi.Pack("anchor")
}

// AnchorOutput serves as a container for the return parameters of contract
// method Anchor.
type AnchorOutput struct {
	Batch uint64
	Root  [32]byte
}

// UnpackAnchor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd3fb73b4.
//
// Solidity: function anchor() view returns(uint64 batch, bytes32 root)
func (anchorStateRegistry *AnchorStateRegistry) UnpackAnchor(data []byte) (AnchorOutput, error) {
	out, err := anchorStateRegistry.abi.Unpack("anchor", data)
	outstruct := new(AnchorOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Batch = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Root = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackAnchorAirgap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10e50632.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchorAirgap() view returns(uint64)
func (anchorStateRegistry *AnchorStateRegistry) PackAnchorAirgap() []byte {
	enc, err := anchorStateRegistry.abi.Pack("anchorAirgap")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchorAirgap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10e50632.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchorAirgap() view returns(uint64)
func (anchorStateRegistry *AnchorStateRegistry) TryPackAnchorAirgap() ([]byte, error) {
	return anchorStateRegistry.abi.Pack("anchorAirgap")
}

// UnpackAnchorAirgap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x10e50632.
//
// Solidity: function anchorAirgap() view returns(uint64)
func (anchorStateRegistry *AnchorStateRegistry) UnpackAnchorAirgap(data []byte) (uint64, error) {
	out, err := anchorStateRegistry.abi.Unpack("anchorAirgap", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackFactory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc45a0155.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function factory() view returns(address)
func (anchorStateRegistry *AnchorStateRegistry) PackFactory() []byte {
	enc, err := anchorStateRegistry.abi.Pack("factory")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFactory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc45a0155.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function factory() view returns(address)
func (anchorStateRegistry *AnchorStateRegistry) TryPackFactory() ([]byte, error) {
	return anchorStateRegistry.abi.Pack("factory")
}

// UnpackFactory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc45a0155.
//
// Solidity: function factory() view returns(address)
func (anchorStateRegistry *AnchorStateRegistry) UnpackFactory(data []byte) (common.Address, error) {
	out, err := anchorStateRegistry.abi.Unpack("factory", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82ab890a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function update(uint256 gameId) returns()
func (anchorStateRegistry *AnchorStateRegistry) PackUpdate(gameId *big.Int) []byte {
	enc, err := anchorStateRegistry.abi.Pack("update", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82ab890a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function update(uint256 gameId) returns()
func (anchorStateRegistry *AnchorStateRegistry) TryPackUpdate(gameId *big.Int) ([]byte, error) {
	return anchorStateRegistry.abi.Pack("update", gameId)
}

// AnchorStateRegistryAnchorUpdated represents a AnchorUpdated event raised by the AnchorStateRegistry contract.
type AnchorStateRegistryAnchorUpdated struct {
	GameId *big.Int
	Batch  uint64
	Root   [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const AnchorStateRegistryAnchorUpdatedEventName = "AnchorUpdated"

// ContractEventName returns the user-defined event name.
func (AnchorStateRegistryAnchorUpdated) ContractEventName() string {
	return AnchorStateRegistryAnchorUpdatedEventName
}

// UnpackAnchorUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AnchorUpdated(uint256 indexed gameId, uint64 indexed batch, bytes32 root)
func (anchorStateRegistry *AnchorStateRegistry) UnpackAnchorUpdatedEvent(log *types.Log) (*AnchorStateRegistryAnchorUpdated, error) {
	event := "AnchorUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != anchorStateRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AnchorStateRegistryAnchorUpdated)
	if len(log.Data) > 0 {
		if err := anchorStateRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range anchorStateRegistry.abi.Events[event].Inputs {
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
func (anchorStateRegistry *AnchorStateRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], anchorStateRegistry.abi.Errors["AirgapNotElapsed"].ID.Bytes()[:4]) {
		return anchorStateRegistry.UnpackAirgapNotElapsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchorStateRegistry.abi.Errors["AnchorNotNewer"].ID.Bytes()[:4]) {
		return anchorStateRegistry.UnpackAnchorNotNewerError(raw[4:])
	}
	if bytes.Equal(raw[:4], anchorStateRegistry.abi.Errors["NotDefenderWin"].ID.Bytes()[:4]) {
		return anchorStateRegistry.UnpackNotDefenderWinError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AnchorStateRegistryAirgapNotElapsed represents a AirgapNotElapsed error raised by the AnchorStateRegistry contract.
type AnchorStateRegistryAirgapNotElapsed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AirgapNotElapsed()
func AnchorStateRegistryAirgapNotElapsedErrorID() common.Hash {
	return common.HexToHash("0x0ac7557578e1730f92e9e12cc2e46084d3f3adcbf33c094291a09388d0bcb643")
}

// UnpackAirgapNotElapsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AirgapNotElapsed()
func (anchorStateRegistry *AnchorStateRegistry) UnpackAirgapNotElapsedError(raw []byte) (*AnchorStateRegistryAirgapNotElapsed, error) {
	out := new(AnchorStateRegistryAirgapNotElapsed)
	if err := anchorStateRegistry.abi.UnpackIntoInterface(out, "AirgapNotElapsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchorStateRegistryAnchorNotNewer represents a AnchorNotNewer error raised by the AnchorStateRegistry contract.
type AnchorStateRegistryAnchorNotNewer struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AnchorNotNewer()
func AnchorStateRegistryAnchorNotNewerErrorID() common.Hash {
	return common.HexToHash("0x7ffd44bf040fa01ce417d54868e0ba0b8dc2380c347693fc2a076165a2e40fef")
}

// UnpackAnchorNotNewerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AnchorNotNewer()
func (anchorStateRegistry *AnchorStateRegistry) UnpackAnchorNotNewerError(raw []byte) (*AnchorStateRegistryAnchorNotNewer, error) {
	out := new(AnchorStateRegistryAnchorNotNewer)
	if err := anchorStateRegistry.abi.UnpackIntoInterface(out, "AnchorNotNewer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AnchorStateRegistryNotDefenderWin represents a NotDefenderWin error raised by the AnchorStateRegistry contract.
type AnchorStateRegistryNotDefenderWin struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDefenderWin()
func AnchorStateRegistryNotDefenderWinErrorID() common.Hash {
	return common.HexToHash("0x9d58ec381016b51e3a1b60d0532ce7360e665580064a8eec5872182ee5503812")
}

// UnpackNotDefenderWinError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDefenderWin()
func (anchorStateRegistry *AnchorStateRegistry) UnpackNotDefenderWinError(raw []byte) (*AnchorStateRegistryNotDefenderWin, error) {
	out := new(AnchorStateRegistryNotDefenderWin)
	if err := anchorStateRegistry.abi.UnpackIntoInterface(out, "NotDefenderWin", raw); err != nil {
		return nil, err
	}
	return out, nil
}
