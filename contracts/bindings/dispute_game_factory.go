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

// DisputeGameCheckpoint is an auto generated low-level Go binding around an user-defined struct.
type DisputeGameCheckpoint struct {
	NextChild        uint32
	LeftmostPosition uint64
	LeftmostIndex    uint32
}

// DisputeGameClaim is an auto generated low-level Go binding around an user-defined struct.
type DisputeGameClaim struct {
	ParentIndex uint32
	Position    uint64
	Value       [32]byte
	Claimant    common.Address
	Bond        *big.Int
	CreatedAt   uint64
	CounteredBy common.Address
	ChildCount  uint32
	Resolved    bool
	Countered   bool
	Payee       common.Address
	Paid        bool
}

// DisputeGameGame is an auto generated low-level Go binding around an user-defined struct.
type DisputeGameGame struct {
	AnchorBatch    uint64
	Batch          uint64
	TraceLength    uint64
	CumTraceAnchor uint64
	AnchorRoot     [32]byte
	CreatedAt      uint64
	ResolvedAt     uint64
	ClaimCount     uint32
	MaxDepth       uint8
	Status         uint8
	Sequencer      bool
	SignersSlashed bool
}

// DisputeGameFactoryMetaData contains all meta data concerning the DisputeGameFactory contract.
var DisputeGameFactoryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIBatchInbox\",\"name\":\"batchInbox_\",\"type\":\"address\"},{\"internalType\":\"contractISequencerSet\",\"name\":\"sequencerSet_\",\"type\":\"address\"},{\"internalType\":\"contractIOneStepVerifier\",\"name\":\"verifier_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"genesisRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimTimeout_\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"maxGameDepth_\",\"type\":\"uint8\"},{\"internalType\":\"uint256[]\",\"name\":\"bondsByDepth_\",\"type\":\"uint256[]\"},{\"internalType\":\"uint64\",\"name\":\"anchorAirgap_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadySlashed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BatchIsVoid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BatchNotAfterAnchor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"finalAfter\",\"type\":\"uint64\"}],\"name\":\"BatchNotFinal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CannotDefend\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ClaimAlreadyExists\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ClaimAlreadyResolved\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ClaimNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CounterWindowClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CounterWindowOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DAChallengePending\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DuplicateStep\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"entry\",\"type\":\"uint64\"}],\"name\":\"EntryMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"GameAlreadyExists\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GameDepthExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GameInProgress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GameNotInProgress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"IncorrectBondAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidDisputedClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidParameters\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoCreditToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"NoSequencerClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoTraceAncestor\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotMaxDepth\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSlashable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutOfOrderResolution\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SignersMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tracePosition\",\"type\":\"uint64\"}],\"name\":\"StepNotInBatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TraceTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"UnknownBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"UnknownGame\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValidStep\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"WrongBatchHeader\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"WrongElementKind\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"claimIndex\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"parentIndex\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"position\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"claimant\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"ClaimMoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"claimIndex\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"countered\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"ClaimResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CreditClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"rootClaim\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"sequencer\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"anchorBatch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"anchorRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"traceLength\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"maxDepth\",\"type\":\"uint8\"}],\"name\":\"GameCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumDisputeGame.GameStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"resolvedAt\",\"type\":\"uint64\"}],\"name\":\"GameResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"claimIndex\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"nextChild\",\"type\":\"uint32\"}],\"name\":\"ResolutionProgress\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"signers\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"name\":\"SignersSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"claimIndex\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"stepper\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"isAttack\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"stepIndex\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"preRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"postRoot\",\"type\":\"bytes32\"}],\"name\":\"Stepped\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"NO_PARENT\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"anchorRegistry\",\"outputs\":[{\"internalType\":\"contractAnchorStateRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batchInbox\",\"outputs\":[{\"internalType\":\"contractIBatchInbox\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"d\",\"type\":\"uint256\"}],\"name\":\"bondAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bondsByDepth\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"claimIndex\",\"type\":\"uint32\"}],\"name\":\"checkpoint\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"nextChild\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"leftmostPosition\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"leftmostIndex\",\"type\":\"uint32\"}],\"internalType\":\"structDisputeGame.Checkpoint\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"claimIndex\",\"type\":\"uint32\"}],\"name\":\"children\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"out\",\"type\":\"uint32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"claimIndex\",\"type\":\"uint32\"}],\"name\":\"claim\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"parentIndex\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"position\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"claimant\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"counteredBy\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"childCount\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"resolved\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"countered\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"paid\",\"type\":\"bool\"}],\"internalType\":\"structDisputeGame.Claim\",\"name\":\"c\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"claimCount\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint32[]\",\"name\":\"claimIndices\",\"type\":\"uint32[]\"}],\"name\":\"claimCredit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimTimeout\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"from\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"}],\"name\":\"claims\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"parentIndex\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"position\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"claimant\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"counteredBy\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"childCount\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"resolved\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"countered\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"paid\",\"type\":\"bool\"}],\"internalType\":\"structDisputeGame.Claim[]\",\"name\":\"out\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"rootClaim\",\"type\":\"bytes32\"}],\"name\":\"create\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"header\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"attackValue\",\"type\":\"bytes32\"}],\"name\":\"createSequencerGame\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"game\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"anchorBatch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"traceLength\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cumTraceAnchor\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"anchorRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"resolvedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"claimCount\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"maxDepth\",\"type\":\"uint8\"},{\"internalType\":\"enumDisputeGame.GameStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"sequencer\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"signersSlashed\",\"type\":\"bool\"}],\"internalType\":\"structDisputeGame.Game\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"sequencer\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"batchNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"rootClaim\",\"type\":\"bytes32\"}],\"name\":\"gameFor\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"exists\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"gameResult\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"resolvedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batch\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"rootClaim\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inbox\",\"outputs\":[{\"internalType\":\"contractIInbox\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxGameDepth\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"disputed\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"parentIndex\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"isAttack\",\"type\":\"bool\"}],\"name\":\"move\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"claimIndex\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxChildren\",\"type\":\"uint32\"}],\"name\":\"resolveClaim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencerSet\",\"outputs\":[{\"internalType\":\"contractISequencerSet\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"slashRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"slashSigners\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"claimIndex\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"isAttack\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"header\",\"type\":\"bytes\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"step\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"verifier\",\"outputs\":[{\"internalType\":\"contractIOneStepVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "DisputeGameFactory",
	Bin: "0x6101a0604052348015610010575f5ffd5b50604051614ed4380380614ed483398101604081905261002f91610342565b6001600160401b03841660805260ff831660a0526001600160a01b03891660c08190526040805163fb0e722b60e01b815290518b928b928b9289928992899263fb0e722b916004808201926020929091908290030181865afa158015610097573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100bb9190610408565b6001600160a01b0390811660e0528581166101005284166101205280516100e8905f9060208401906101f6565b505161014052505050506001600160401b0385161590508061010b575060ff8316155b806101195750603f8360ff16115b8061012357508151155b1561014157604051630e52390960e41b815260040160405180910390fd5b5f5b825181101561018d5782818151811061015e5761015e61042a565b60200260200101515f0361018557604051630e52390960e41b815260040160405180910390fd5b600101610143565b506001600160401b03851661018052604051869082906101ac9061023f565b9182526001600160401b03166020820152604001604051809103905ff0801580156101d9573d5f5f3e3d5ffd5b506001600160a01b0316610160525061043e975050505050505050565b828054828255905f5260205f2090810192821561022f579160200282015b8281111561022f578251825591602001919060010190610214565b5061023b92915061024c565b5090565b61045e80614a7683390190565b5b8082111561023b575f815560010161024d565b6001600160a01b0381168114610274575f5ffd5b50565b80516001600160401b038116811461028d575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f8301126102b5575f5ffd5b81516001600160401b038111156102ce576102ce610292565b604051600582901b90603f8201601f191681016001600160401b03811182821017156102fc576102fc610292565b604052918252602081850181019290810186841115610319575f5ffd5b6020860192505b83831015610338578251815260209283019201610320565b5095945050505050565b5f5f5f5f5f5f5f5f5f6101208a8c03121561035b575f5ffd5b895161036681610260565b60208b015190995061037781610260565b60408b015190985061038881610260565b60608b0151909750955061039e60808b01610277565b94506103ac60a08b01610277565b60c08b015190945060ff811681146103c2575f5ffd5b60e08b01519093506001600160401b038111156103dd575f5ffd5b6103e98c828d016102a6565b9250506103f96101008b01610277565b90509295985092959850929598565b5f60208284031215610418575f5ffd5b815161042381610260565b9392505050565b634e487b7160e01b5f52603260045260245ffd5b60805160a05160c05160e051610100516101205161014051610160516101805161454761052f5f395f818161046b0152611efc01525f818161038101526120c901525f61147401525f8181610282015261188b01525f81816105d001528181611323015261174c01525f818161067e0152612f2601525f818161054d0152818161123c015281816116a301528181611e2101528181611f2601528181611fd90152818161219c0152818161223a015281816128f001528181612cf5015261303401525f818161063901526122c601525f81816101c401528181610b1401528181612b1801526136fc01526145475ff3fe6080604052600436106101af575f3560e01c8063861a1412116100e7578063dac6e63a11610087578063f0967bfc11610062578063f0967bfc146105f2578063f2b183a814610611578063fa315aa914610628578063fb0e722b1461066d575f5ffd5b8063dac6e63a1461053c578063e0d65b691461056f578063e3704f3f146105bf575f5ffd5b8063a1a43053116100c2578063a1a43053146104bf578063b9be04ef146104de578063cddbe729146104fd578063d4412d8114610529575f5ffd5b8063861a14121461045a5780638970fe411461048d57806396035013146104ac575f5ffd5b80634d1975b4116101525780635a180c0a1161012d5780635a180c0a1461037057806363ee7653146103a35780636906954f146103f857806374da64441461042e575f5ffd5b80634d1975b4146102fc57806354d596751461031057806355c639a514610344575f5ffd5b8063289188461161018d57806328918846146102505780632b7ac3f31461027157806335084ec1146102bc57806342ed24ac146102db575f5ffd5b80630e1da6c3146101b35780631b219163146102035780631cc928da14610224575b5f5ffd5b3480156101be575f5ffd5b506101e67f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b0390911681526020015b60405180910390f35b34801561020e575f5ffd5b506102176106a0565b6040516101fa91906139c1565b34801561022f575f5ffd5b5061024361023e366004613a16565b6106f5565b6040516101fa9190613b45565b34801561025b575f5ffd5b5061026f61026a366004613bb1565b6108bb565b005b34801561027c575f5ffd5b506102a47f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101fa565b3480156102c7575f5ffd5b5061026f6102d6366004613c06565b610a4d565b6102ee6102e9366004613c61565b610e86565b6040519081526020016101fa565b348015610307575f5ffd5b506002546102ee565b34801561031b575f5ffd5b5061032f61032a366004613c8b565b610ea4565b60405163ffffffff90911681526020016101fa565b34801561034f575f5ffd5b5061036361035e366004613c06565b610ec5565b6040516101fa9190613ca2565b34801561037b575f5ffd5b506102a47f000000000000000000000000000000000000000000000000000000000000000081565b3480156103ae575f5ffd5b506103c26103bd366004613a16565b610fcf565b60408051825163ffffffff90811682526020808501516001600160401b03169083015292820151909216908201526060016101fa565b348015610403575f5ffd5b50610417610412366004613cf2565b611045565b6040805192151583526020830191909152016101fa565b348015610439575f5ffd5b5061044d610448366004613a16565b611090565b6040516101fa9190613d30565b348015610465575f5ffd5b506101e67f000000000000000000000000000000000000000000000000000000000000000081565b348015610498575f5ffd5b5061026f6104a7366004613d6d565b611182565b61032f6104ba366004613db4565b611450565b3480156104ca575f5ffd5b506102ee6104d9366004613c8b565b611471565b3480156104e9575f5ffd5b506102a46104f8366004613c8b565b6114ce565b348015610508575f5ffd5b5061051c610517366004613c8b565b6114e1565b6040516101fa9190613e38565b6102ee610537366004613f8e565b61163d565b348015610547575f5ffd5b506102a47f000000000000000000000000000000000000000000000000000000000000000081565b34801561057a575f5ffd5b5061058e610589366004613c8b565b611797565b6040805160ff9590951685526001600160401b039384166020860152919092169083015260608201526080016101fa565b3480156105ca575f5ffd5b506102a47f000000000000000000000000000000000000000000000000000000000000000081565b3480156105fd575f5ffd5b5061026f61060c366004613fee565b611811565b34801561061c575f5ffd5b5061032f63ffffffff81565b348015610633575f5ffd5b5061065b7f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff90911681526020016101fa565b348015610678575f5ffd5b506102a47f000000000000000000000000000000000000000000000000000000000000000081565b60605f8054806020026020016040519081016040528092919081815260200182805480156106eb57602002820191905f5260205f20905b8154815260200190600101908083116106d7575b5050505050905090565b6106fd61395e565b5f61070784611926565b600281015490915063ffffffff600160801b90910481169084161061073f5760405163022af77760e11b815260040160405180910390fd5b5f84815260036020908152604080832063ffffffff871680855290835281842054888552600484528285209185529252808320549192839291600590829061078d908b9087901c8787611963565b815260208101919091526040015f908120546002870154909250600160a01b900460ff166107c36001600160401b0386166119b1565b60ff161490505f605083901c9050604051806101800160405280604088901c63ffffffff168152602001866001600160401b03168152602001858152602001606088901c6001600160a01b03168152602001610820898c89611ab2565b8152602085811c65ffffffffffff169082015260400183610841575f610847565b605885901c5b6001600160a01b03168152602001836108645760d885901c610866565b5f5b63ffffffff168152600183161515602082015260028316151560408201526060016108928c8987611b05565b6001600160a01b0316815260109290921615156020909201919091529998505050505050505050565b5f6108c585611926565b90505f600282810154600160a81b900460ff16908111156108e8576108e8613e04565b0361090657604051633497d0d160e21b815260040160405180910390fd5b5f829003610927576040516317bfe5f760e01b815260040160405180910390fd5b5f805b838110156109785761096487848888888681811061094a5761094a6140c9565b905060200201602081019061095f91906140dd565b611b70565b61096e908361410a565b915060010161092a565b50846001600160a01b0316867fbfdad623c7391476f11d9ee7efb5de02226adf8a7f4206551427e5902dcc5b89836040516109b591815260200190565b60405180910390a35f856001600160a01b0316826040515f6040518083038185875af1925050503d805f8114610a06576040519150601f19603f3d011682016040523d82523d5f602084013e610a0b565b606091505b5050905080610a4457604051630e21dcbb60e11b81526001600160a01b0387166004820152602481018390526044015b60405180910390fd5b50505050505050565b5f610a5784611926565b600281015490915063ffffffff600160801b909104811690841610610a8f5760405163022af77760e11b815260040160405180910390fd5b5f84815260036020908152604080832063ffffffff87168085529083528184205488855260048452828520918552925280832054919283929091610ada91899185901c908590611963565b5f81815260056020526040902054909150605081901c6001811615610b125760405163f1a9458160e01b815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316610b5265ffffffffffff602085901c164261411d565b1015610b71576040516336be986760e01b815260040160405180910390fd5b60028601545f90600160a01b900460ff16610b946001600160401b0387166119b1565b60ff16149050610bd060405180606001604052805f63ffffffff1681526020015f6001600160401b031681526020015f63ffffffff1681525090565b81610e69576004831615610c3a57505f8a815260076020908152604080832063ffffffff808e168552908352928190208151606081018352905480851682526001600160401b0364010000000082041693820193909352600160601b909204909216918101919091525b60d884901c8063ffffffff8b1615801590610c6c5750825163ffffffff8c1690610c649084614130565b63ffffffff16115b15610c81578251610c7e908c9061414c565b90505b610c8e8d8d888487611c86565b63ffffffff8082168085529083161115610dbc578260075f8f81526020019081526020015f205f8e63ffffffff1681526020019081526020015f205f820151815f015f6101000a81548163ffffffff021916908363ffffffff1602179055506020820151815f0160046101000a8154816001600160401b0302191690836001600160401b031602179055506040820151815f01600c6101000a81548163ffffffff021916908363ffffffff1602179055509050506050600460ff16901b861760055f8981526020019081526020015f20819055508b63ffffffff168d7fbe65ec4995fb957b4a69977677d8975124536b0e1ef9bf624f0756409796ce0e83604051610da5919063ffffffff91909116815260200190565b60405180910390a350505050505050505050505050565b6004851615610e66578260075f8f81526020019081526020015f205f8e63ffffffff1681526020019081526020015f205f820151815f015f6101000a81548163ffffffff021916908363ffffffff1602179055506020820151815f0160046101000a8154816001600160401b0302191690836001600160401b031602179055506040820151815f01600c6101000a81548163ffffffff021916908363ffffffff1602179055509050505b50505b610e798b898c8a89898888611d5c565b5050505050505050505050565b5f610e9083611e1f565b610e9c83835f33612079565b509392505050565b5f610eae82611926565b60020154600160801b900463ffffffff1692915050565b60605f610ed185611926565b6002015463ffffffff600160801b909104811691508416811015610ef3578093505b610efd8482614130565b63ffffffff168363ffffffff161115610f1d57610f1a8482614130565b92505b8263ffffffff166001600160401b03811115610f3b57610f3b614168565b604051908082528060200260200182016040528015610f7457816020015b610f6161395e565b815260200190600190039081610f595790505b5091505f5b8363ffffffff168163ffffffff161015610fc657610f9b8661023e838861414c565b838263ffffffff1681518110610fb357610fb36140c9565b6020908102919091010152600101610f79565b50509392505050565b60408051606080820183525f80835260208084018290529284018190528581526007835283812063ffffffff8681168352908452908490208451928301855254808216835264010000000081046001600160401b031693830193909352600160601b909204909116918101919091525b92915050565b5f5f5f60085f6110568888886124c7565b81526020019081526020015f20549050805f1415815f146110815761107c60018361411d565b611083565b5f5b9250925050935093915050565b60605f61109d84846106f5565b90505f60055f6110ba87855f015186602001518760400151611963565b81526020019081526020015f205490508160e0015163ffffffff166001600160401b038111156110ec576110ec614168565b604051908082528060200260200182016040528015611115578160200160208202803683370190505b5092505f5b8260e0015163ffffffff168163ffffffff161015611179576111448686848463ffffffff1661250a565b848263ffffffff168151811061115c5761115c6140c9565b63ffffffff9092166020928302919091019091015260010161111a565b50505092915050565b5f61118c84611926565b6002810154909150600160b01b900460ff1615806111ca57506001600282810154600160a81b900460ff16908111156111c7576111c7613e04565b14155b156111e857604051630499ee4560e51b815260040160405180910390fd5b6002810154600160b81b900460ff161561121557604051631b919bb160e11b815260040160405180910390fd5b80546040516338981b8b60e01b8152600160401b9091046001600160401b031660048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906338981b8b90602401602060405180830381865afa158015611289573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112ad919061417c565b83836040516020016112c0929190614193565b60405160208183030381529060405280519060200120146112f4576040516374ef6df760e01b815260040160405180910390fd5b60028101805460ff60b81b1916600160b81b1790555f6113148583612586565b90505f805b84811015611401577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663e74f8239878784818110611362576113626140c9565b905060200201602081019061137791906141c7565b6040516001600160e01b031960e084901b1681526001600160a01b03918216600482015290861660248201525f1960448201526064016020604051808303815f875af11580156113c9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113ed919061417c565b6113f7908361410a565b9150600101611319565b5060408051858152602081018390526001600160a01b0384169188917f9423a7ac3dcb8afe5ea47878954d14d64e2d55f28dc14916306df21bc18fbc6a910160405180910390a3505050505050565b5f6114678661145e88611926565b8787878761262f565b9695505050505050565b5f7f0000000000000000000000000000000000000000000000000000000000000000818184106114ab576114a660018361411d565b6114ad565b835b815481106114bd576114bd6140c9565b905f5260205f200154915050919050565b5f61103f826114dc84611926565b612586565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905261016081019190915261154a82611926565b604080516101808101825282546001600160401b038082168352600160401b80830482166020850152600160801b808404831695850195909552600160c01b909204811660608401526001850154608084015260028086015480831660a086015292830490911660c084015292810463ffffffff1660e0830152600160a01b810460ff908116610100840152919392610120850192600160a81b909204909116908111156115fa576115fa613e04565b600281111561160b5761160b613e04565b81526002919091015460ff600160b01b8204811615156020840152600160b81b90910416151560409091015292915050565b5f5f6116498585612844565b805190915061165781611e1f565b6101208201516116855760405163073ba40360e51b81526001600160401b0382166004820152602401610a3b565b60405163e930dad160e01b81526001600160401b03821660048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063e930dad190602401602060405180830381865afa1580156116f0573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061171491906141e0565b1561173d5760405163f2bc469d60e01b81526001600160401b0382166004820152602401610a3b565b5f6117708284610120015160017f0000000000000000000000000000000000000000000000000000000000000000612079565b809250819550505061178c84828561012001515f89600161262f565b505050509392505050565b5f5f5f5f5f6117a586611926565b90508060020160159054906101000a900460ff1660028111156117ca576117ca613e04565b600282015491545f978852600460209081526040808a208a80529091529097205490976001600160401b03600160401b938490048116989390930490921695509350915050565b5f61181b8b611926565b90505f61182a8c838d8d6129a5565b60208101518354825192935090916001600160401b03600160801b90920482169116101561190a575f5f61186685855f01518e8e8e8e8e612cb5565b91509150806119075760208401516040516347fbadb960e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016916347fbadb9916118c5919086908c908c90600401614229565b6040805180830381865afa1580156118df573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119039190614274565b5092505b50505b6119178d8d8d8585613134565b50505050505050505050505050565b5f81815260016020526040812060028101546001600160401b0316820361103f5760405163c006e93f60e01b815260048101849052602401610a3b565b60408051602080820187905263ffffffff8616828401526001600160401b038516606083015260808083018590528351808403909101815260a090920190925280519101205b949350505050565b5f63ffffffff602083901c16156119d0575063ffffffff602091821c16905b65ffffffffffff601083901c16156119fd5765ffffffffffff601092831c16916119fa90826142a3565b90505b66ffffffffffffff600883901c1615611a2c5766ffffffffffffff600892831c1691611a2990826142a3565b90505b670fffffffffffffff600483901c1615611a5d57670fffffffffffffff600492831c1691611a5a90826142a3565b90505b673fffffffffffffff600283901c1615611a8e57673fffffffffffffff600292831c1691611a8b90826142a3565b90505b677fffffffffffffff600183901c1615611aad5761103f6001826142a3565b919050565b5f63ffffffff8316158015611ad257506002840154600160b01b900460ff165b15611ade57505f611afe565b611afb611af3836001600160401b03166119b1565b60ff16611471565b90505b9392505050565b5f605082901c600181168203611b1e575f915050611afe565b6008811615611b505750505f83815260036020908152604080832063ffffffff8516845290915290205460601c611afe565b6002811615611b65575050605881901c611afe565b50505060601c919050565b60028301545f9063ffffffff600160801b909104811690831610611ba75760405163022af77760e11b815260040160405180910390fd5b5f85815260036020908152604080832063ffffffff86168085529083528184205489855260048452828520918552925280832054919291611bf09189919085901c908590611963565b5f81815260056020526040902054909150611c0c878685611ab2565b9350600160541b8116151580611c20575083155b80611c475750856001600160a01b0316611c3b898584611b05565b6001600160a01b031614155b15611c65576040516317bfe5f760e01b815260040160405180910390fd5b5f91825260056020526040909120600160541b909117905550949350505050565b80515b8263ffffffff168163ffffffff161015611d54575f611cb08787878563ffffffff1661250a565b90505f5f611cbf898985613201565b9092509050600181165f03611ce757604051634d03b32360e11b815260040160405180910390fd5b8160028216158015611d23575060208601516001600160401b03161580611d23575085602001516001600160401b0316816001600160401b0316105b15611d44576001600160401b038116602087015263ffffffff841660408701525b505060019092019150611c899050565b505050505050565b6020810151606086901c906001906001600160401b031615611dc1575f8a8152600360209081526040808320868201805163ffffffff9081168652919093529220549051600b60501b921663ffffffff199790971696909617179460601c9150611df5565b838015611dd15750605885901c15155b15611de857600360501b85179460581c9150611df5565b50600160501b93909317925f5b5f868152600560205260409020859055611e138a8a8a8a8587613268565b50505050505050505050565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663a1651fe26040518163ffffffff1660e01b8152600401602060405180830381865afa158015611e7b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e9f91906142bc565b6001600160401b0316816001600160401b03161115611edc576040516329323fff60e01b81526001600160401b0382166004820152602401610a3b565b60405163fe9aa4cf60e01b81526001600160401b03821660048201525f907f0000000000000000000000000000000000000000000000000000000000000000906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063fe9aa4cf90602401602060405180830381865afa158015611f6b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f8f91906142bc565b611f9991906142d7565b9050806001600160401b03164211611fd7576040516323fc829f60e01b81526001600160401b03808416600483015282166024820152604401610a3b565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663da32c6fd6040518163ffffffff1660e01b8152600401602060405180830381865afa158015612033573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061205791906141e0565b1561207557604051630f3b811760e41b815260040160405180910390fd5b5050565b5f5f5f6120878588886124c7565b5f8181526008602052604090205490915080156120c5576120a960018261411d565b604051636763b34b60e01b8152600401610a3b91815260200190565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663d3fb73b46040518163ffffffff1660e01b81526004016040805180830381865afa158015612122573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061214691906142f6565b91509150816001600160401b03168a6001600160401b03161161217c5760405163c24bcac360e01b815260040160405180910390fd5b604051631e0d138760e01b81526001600160401b03831660048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690631e0d138790602401602060405180830381865afa1580156121e9573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061220d91906142bc565b604051631e0d138760e01b81526001600160401b038d1660048201529091505f9082906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690631e0d138790602401602060405180830381865afa15801561227f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906122a391906142bc565b6122ad9190614322565b90505f6122c2826001600160401b031661338a565b90507f000000000000000000000000000000000000000000000000000000000000000060ff168160ff16111561230b5760405163f7d95dbf60e01b815260040160405180910390fd5b5f8b61231f5761231a5f611471565b612321565b5f5b90508b1580156123315750803414155b1561234f57604051638620aa1960e01b815260040160405180910390fd5b600254995061235f8a600161410a565b60025561236d8a600161410a565b60085f8a81526020019081526020015f208190555060015f8b81526020019081526020015f20985085895f015f6101000a8154816001600160401b0302191690836001600160401b031602179055508d895f0160086101000a8154816001600160401b0302191690836001600160401b0316021790555082895f0160106101000a8154816001600160401b0302191690836001600160401b0316021790555083895f0160186101000a8154816001600160401b0302191690836001600160401b0316021790555084896001018190555042896002015f6101000a8154816001600160401b0302191690836001600160401b03160217905550818960020160146101000a81548160ff021916908360ff1602179055508b8960020160166101000a81548160ff0219169083151502179055506124a98a8a8f6133c2565b6124b68a8a8f8e8561345c565b505050505050505094509492505050565b604080519315156020808601919091526001600160401b039390931684820152606080850192909252805180850390920182526080909301909252815191012090565b5f60048210156125345761251f826020614341565b61252a90605861410a565b83901c90506119a9565b61253f60048361411d565b915061254f600783166020614341565b5f86815260066020908152604080832067ffffffff0000000089841b16600388901c178452909152902054901c9050949350505050565b60028101545f90600160b01b900460ff1615806125c357506001600283810154600160a81b900460ff16908111156125c0576125c0613e04565b14155b156125cf57505f61103f565b5f8381526003602090815260408083208380528252808320548684526004835281842084805290925282205490916119a991869184916005919061261c90859063ffffffff908690611963565b81526020019081526020015f2054611b05565b5f80600287810154600160a81b900460ff169081111561265157612651613e04565b1461266f5760405163067fe19560e41b815260040160405180910390fd5b50600285015463ffffffff600160801b909104811690841681116126a65760405163022af77760e11b815260040160405180910390fd5b5f5f5f6126c78a8a60020160149054906101000a900460ff168a8a8961354e565b9250925092505f6126e3611af3856001600160401b03166119b1565b905080341461270557604051638620aa1960e01b815260040160405180910390fd5b5f6127128c8a878b611963565b5f8181526005602052604090205490915015612741576040516380497e3b60e01b815260040160405180910390fd5b61274c858a33613765565b5f8d815260036020908152604080832063ffffffff8b16808552908352818420949094558f83526004825280832084845282529091208a905542901b69ffffffffffff0000000016175f828152600560205260409020556127b08c8a86868a61379f565b6127bb86600161414c565b60028c01805463ffffffff60801b1916600160801b63ffffffff93841602179055604080516001600160401b0388168152602081018b905233818301526060810185905290518b8316928916918f917fc3a62f590ed5829215391f098fa63b3e1104e5c8204130d658fe4383d42ce212916080908290030190a450505050509695505050505050565b60408051610160810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905261014081019190915261016082146128c057604051636ee41daf60e01b81525f6004820152602401610a3b565b6128cc8284018461438d565b8051604051634ac9a5d760e11b81526001600160401b0390911660048201529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906395934bae90602401602060405180830381865afa15801561293d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612961919061417c565b8383604051612971929190614446565b60405180910390201461103f578051604051636ee41daf60e01b81526001600160401b039091166004820152602401610a3b565b6129e36040518060c001604052805f6001600160401b031681526020015f81526020015f81526020015f151581526020015f81526020015f81525090565b5f600285810154600160a81b900460ff1690811115612a0457612a04613e04565b14612a225760405163067fe19560e41b815260040160405180910390fd5b600284015463ffffffff600160801b909104811690841610612a575760405163022af77760e11b815260040160405180910390fd5b5f85815260036020908152604080832063ffffffff8716845290915290819020546002860154909182919082901c90600160a01b900460ff1680612aa36001600160401b0385166119b1565b60ff1614612ac457604051630d806ee560e11b815260040160405180910390fd5b5f89815260046020908152604080832063ffffffff8b168452909152902054612aef8a848684611963565b608087018190525f9081526005602090815260409091205460a088018190526001600160401b037f00000000000000000000000000000000000000000000000000000000000000001691612b4d9165ffffffffffff911c164261411d565b10612b6b57604051631fa09fb560e21b815260040160405180910390fd5b60a086015160581c15612b9157604051639071e6af60e01b815260040160405180910390fd5b5f612ba56001600160401b0386168461385d565b6001606089015290508715612c23576001600160401b038116808852604088018390525f03612bdd5760018a01546020880152612ca7565b5f80612bf58d87612bef600187614322565b886138b5565b509150915081612c185760405163096cff7360e41b815260040160405180910390fd5b602089015250612ca7565b612c2e8160016142d7565b6001600160401b03168752602087018290525f8080612c598e88612c538760016142d7565b896138b5565b92509250925082612c7d5760405163096cff7360e41b815260040160405180910390fd5b60408a0182905260018616612c9a6001600160401b0383166119b1565b6001161460608b01525050505b505050505050949350505050565b60605f5f612cc38888612844565b80518b54919250905f90612ce8908c90600160c01b90046001600160401b03166142d7565b90505f6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016631e0d1387612d25600186614322565b6040516001600160e01b031960e084901b1681526001600160401b039091166004820152602401602060405180830381865afa158015612d67573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612d8b91906142bc565b90505f84604001518560600151612da29190614322565b9050816001600160401b0316836001600160401b03161080612df45750608085015163ffffffff16612dd482846142d7565b612dde91906142d7565b6001600160401b0316836001600160401b031610155b15612e255760405163f5c763e760e01b81526001600160401b03808616600483015284166024820152604401610a3b565b5f612e308385614322565b6040805160c081018252606060208083018290525f8385018190529183018290526080830182905260a083019190915260ff8f1682528251601f8e018290048202810182019093528c8352929350918c908c90819084018382808284375f9201919091525050505060208201526001600160401b038084169083161015612fed5760ff8c1615801590612ec7575060ff8c16600114155b15612eea5760405163502487c560e11b815260ff8d166004820152602401610a3b565b5f828860400151612efb91906142d7565b604051636ced947d60e01b81526001600160401b03821660048201529091505f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636ced947d906024016040805180830381865afa158015612f6a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612f8e9190614455565b509050808e8e8e604051602001612fa793929190614479565b6040516020818303038152906040528051906020012014612fe6576040516320b18f4560e21b81526001600160401b0383166004820152602401610a3b565b50506130fb565b60ff8c166002146130165760405163502487c560e11b815260ff8d166004820152602401610a3b565b60405163e930dad160e01b81526001600160401b03871660048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063e930dad190602401602060405180830381865afa158015613081573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906130a591906141e0565b156130cc57600160405180602001604052805f815250909850985050505050505050613128565b6130d68383614322565b63ffffffff9081166040830152608080890151909116606083015260a0880151908201525b8060405160200161310c91906144a0565b6040516020818303038152906040525f98509850505050505050505b97509795505050505050565b5f826060015161314a5782604001518214613153565b82604001518214155b9050806131735760405163fb4e40dd60e01b815260040160405180910390fd5b60a08301516080808501515f9081526005602090815260409182902033605881901b909517905586518188015183518a151581526001600160401b0390921692820192909252918201526060810185905263ffffffff88169189917f589f16b8e81d1904ac158047afdce1d9fce808012dc2597dd973f739b5f07bad910160405180910390a4505050505050565b5f83815260036020908152604080832063ffffffff851680855290835281842054878552600484528285209185529252822054909190605090600590839061324e90899089908890611963565b81526020019081526020015f2054901c9050935093915050565b8363ffffffff16867f624f180e89ab47c93fb946b8a42f5b876634222627a5d448692c1ee4dbb2efb0848461329e8a8a8a611ab2565b6040805193151584526001600160a01b0390921660208401529082015260600160405180910390a38363ffffffff165f03611d54576002850180546fffffffffffffffff00000000000000001916600160401b426001600160401b0316021790558161330b57600261330e565b60015b8560020160156101000a81548160ff0219169083600281111561333357613333613e04565b0217905550600285015460405187917f0353a2845b93caf46bf1c012c3eb160235f0cb9544c72103db9e0fefbb9bc00c9161337a91600160a81b900460ff1690429061450a565b60405180910390a2505050505050565b5f6002826001600160401b0316116133a457506001919050565b6133b76133b2600184614322565b6119b1565b61103f9060016142a3565b81546002830154600184015460408051858152600160b01b840460ff908116151560208301526001600160401b03808716838501526060830194909452600160801b860484166080830152600160a01b90940490931660a0840152513393600160401b90049091169186917f538c393164e88f1f40fd615c9eee7102f092cfd2250d4ecac4a80b2de1628fd39181900360c00190a4505050565b61346c600163ffffffff84613765565b5f86815260036020908152604080832083805282528083209390935587825260048152828220828052815291902084905542901b69ffffffffffff000000001660055f6134c08863ffffffff600189611963565b815260208082019290925260409081015f9081209390935560028701805463ffffffff60801b1916600160801b1790558051600181529182018690526001600160a01b038516908201526060810183905263ffffffff919087907fc3a62f590ed5829215391f098fa63b3e1104e5c8204130d658fe4383d42ce2129060800160405180910390a45050505050565b5f85815260036020908152604080832063ffffffff861684529091528082205482918291908190613585908b9083901c838b611963565b5f818152600560205260408120549195509093508390036135b9576040516385d837e360e01b815260040160405180910390fd5b605083901c600816156135ed575f8a815260046020908152604080832063ffffffff8b1684529091529020548814156135fe565b8663ffffffff168363ffffffff1614155b1561361c576040516385d837e360e01b815260040160405180910390fd5b8860ff16613632826001600160401b03166119b1565b60ff1610613653576040516356f57b2b60e01b815260040160405180910390fd5b851561366e576001816001600160401b0316901b94506136fa565b806001600160401b0316600114806136c25750613692600160ff8b1681901b614322565b6001600160401b03166136b78a836001600160401b031661385d90919063ffffffff16565b6001600160401b0316145b156136e0576040516315236a7760e21b815260040160405180910390fd5b60016136ec82826142d7565b6001600160401b0316901b94505b7f00000000000000000000000000000000000000000000000000000000000000006001600160401b031661373a65ffffffffffff602086901c164261411d565b1061375857604051631fa09fb560e21b815260040160405180910390fd5b5050955095509592505050565b6001600160401b0383166bffffffff0000000000000000604084901b16176bffffffffffffffffffffffff19606083901b16179392505050565b60d882901c63ffffffff1660048110156137db576137be816020614341565b6137c990605861410a565b8263ffffffff16901b83179250613836565b5f6137e760048361411d565b90506137f7600782166020614341565b5f88815260066020908152604080832060039590951c8a831b67ffffffff000000001617835293905291909120805463ffffffff851690921b90911790555b613844600160d81b8461410a565b5f94855260056020526040909420939093555050505050565b5f5f613868846119b1565b90505f61387b600160ff84161b86614322565b90506001613889838661452e565b60ff166138978360016142d7565b6001600160401b0316901b6138ac9190614322565b95945050505050565b5f8080855b63ffffffff81811614613949575f88815260036020908152604080832063ffffffff8086168552925290912054925082906001600160401b038089169161390691841690899061385d16565b6001600160401b03160361393f57505f88815260046020908152604080832063ffffffff90941683529290522054600193509150613954565b60401c90506138ba565b505f92508291508190505b9450945094915050565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905261016081019190915290565b602080825282518282018190525f918401906040840190835b818110156139f85783518352602093840193909201916001016139da565b509095945050505050565b803563ffffffff81168114611aad575f5ffd5b5f5f60408385031215613a27575f5ffd5b82359150613a3760208401613a03565b90509250929050565b805163ffffffff1682526020810151613a6460208401826001600160401b03169052565b50604081015160408301526060810151613a8960608401826001600160a01b03169052565b506080810151608083015260a0810151613aae60a08401826001600160401b03169052565b5060c0810151613ac960c08401826001600160a01b03169052565b5060e0810151613ae160e084018263ffffffff169052565b50610100810151613af761010084018215159052565b50610120810151613b0d61012084018215159052565b50610140810151613b2a6101408401826001600160a01b03169052565b50610160810151613b4061016084018215159052565b505050565b610180810161103f8284613a40565b80356001600160a01b0381168114611aad575f5ffd5b5f5f83601f840112613b7a575f5ffd5b5081356001600160401b03811115613b90575f5ffd5b6020830191508360208260051b8501011115613baa575f5ffd5b9250929050565b5f5f5f5f60608587031215613bc4575f5ffd5b84359350613bd460208601613b54565b925060408501356001600160401b03811115613bee575f5ffd5b613bfa87828801613b6a565b95989497509550505050565b5f5f5f60608486031215613c18575f5ffd5b83359250613c2860208501613a03565b9150613c3660408501613a03565b90509250925092565b6001600160401b0381168114613c53575f5ffd5b50565b8035611aad81613c3f565b5f5f60408385031215613c72575f5ffd5b8235613c7d81613c3f565b946020939093013593505050565b5f60208284031215613c9b575f5ffd5b5035919050565b602080825282518282018190525f918401906040840190835b818110156139f857613cce838551613a40565b602093909301926101809290920191600101613cbb565b8015158114613c53575f5ffd5b5f5f5f60608486031215613d04575f5ffd5b8335613d0f81613ce5565b92506020840135613d1f81613c3f565b929592945050506040919091013590565b602080825282518282018190525f918401906040840190835b818110156139f857835163ffffffff16835260209384019390920191600101613d49565b5f5f5f60408486031215613d7f575f5ffd5b8335925060208401356001600160401b03811115613d9b575f5ffd5b613da786828701613b6a565b9497909650939450505050565b5f5f5f5f5f60a08688031215613dc8575f5ffd5b8535945060208601359350613ddf60408701613a03565b9250606086013591506080860135613df681613ce5565b809150509295509295909350565b634e487b7160e01b5f52602160045260245ffd5b60038110613e3457634e487b7160e01b5f52602160045260245ffd5b9052565b81516001600160401b0316815261018081016020830151613e6460208401826001600160401b03169052565b506040830151613e7f60408401826001600160401b03169052565b506060830151613e9a60608401826001600160401b03169052565b506080830151608083015260a0830151613ebf60a08401826001600160401b03169052565b5060c0830151613eda60c08401826001600160401b03169052565b5060e0830151613ef260e084018263ffffffff169052565b50610100830151613f0961010084018260ff169052565b50610120830151613f1e610120840182613e18565b50610140830151613f3461014084018215159052565b50610160830151613f4a61016084018215159052565b5092915050565b5f5f83601f840112613f61575f5ffd5b5081356001600160401b03811115613f77575f5ffd5b602083019150836020828501011115613baa575f5ffd5b5f5f5f60408486031215613fa0575f5ffd5b83356001600160401b03811115613fb5575f5ffd5b613fc186828701613f51565b909790965060209590950135949350505050565b60ff81168114613c53575f5ffd5b8035611aad81613fd5565b5f5f5f5f5f5f5f5f5f5f60e08b8d031215614007575f5ffd5b8a35995061401760208c01613a03565b985060408b013561402781613ce5565b975060608b01356001600160401b03811115614041575f5ffd5b61404d8d828e01613f51565b9098509650614060905060808c01613fe3565b945060a08b01356001600160401b0381111561407a575f5ffd5b6140868d828e01613f51565b90955093505060c08b01356001600160401b038111156140a4575f5ffd5b6140b08d828e01613f51565b915080935050809150509295989b9194979a5092959850565b634e487b7160e01b5f52603260045260245ffd5b5f602082840312156140ed575f5ffd5b611afe82613a03565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561103f5761103f6140f6565b8181038181111561103f5761103f6140f6565b63ffffffff828116828216039081111561103f5761103f6140f6565b63ffffffff818116838216019081111561103f5761103f6140f6565b634e487b7160e01b5f52604160045260245ffd5b5f6020828403121561418c575f5ffd5b5051919050565b5f8184825b858110156139f8576001600160a01b036141b183613b54565b1683526020928301929190910190600101614198565b5f602082840312156141d7575f5ffd5b611afe82613b54565b5f602082840312156141f0575f5ffd5b8151611afe81613ce5565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b848152606060208201525f61424160608301866141fb565b8281036040840152838152838560208301375f602085830101526020601f19601f86011682010191505095945050505050565b5f5f60408385031215614285575f5ffd5b8251602084015190925061429881613fd5565b809150509250929050565b60ff818116838216019081111561103f5761103f6140f6565b5f602082840312156142cc575f5ffd5b8151611afe81613c3f565b6001600160401b03818116838216019081111561103f5761103f6140f6565b5f5f60408385031215614307575f5ffd5b825161431281613c3f565b6020939093015192949293505050565b6001600160401b03828116828216039081111561103f5761103f6140f6565b808202811582820484141761103f5761103f6140f6565b60405161016081016001600160401b038111828210171561438757634e487b7160e01b5f52604160045260245ffd5b60405290565b5f61016082840312801561439f575f5ffd5b506143a8614358565b6143b183613c56565b8152602083810135908201526143c960408401613c56565b60408201526143da60608401613c56565b60608201526143eb60808401613a03565b608082015260a0838101359082015260c0808401359082015260e0808401359082015261441b6101008401613a03565b61010082015261012083810135908201526144396101408401613c56565b6101408201529392505050565b818382375f9101908152919050565b5f5f60408385031215614466575f5ffd5b8251602084015190925061429881613c3f565b60f884901b6001600160f81b0319168152818360018301375f910160010190815292915050565b6020815260ff82511660208201525f602083015160c060408401526144c860e08401826141fb565b905063ffffffff604085015116606084015263ffffffff6060850151166080840152608084015160a084015260a0840151151560c08401528091505092915050565b604081016145188285613e18565b6001600160401b03831660208301529392505050565b60ff828116828216039081111561103f5761103f6140f65660c060405234801561000f575f5ffd5b5060405161045e38038061045e83398101604081905261002e91610083565b336080526001600160401b03811660a05260018290556040518281525f905f19907ffb8720eb647f6a07d6251a8e1325a6a6c879649ecbfcca1ad1ca9e30c5caeb2a9060200160405180910390a350506100bd565b5f5f60408385031215610094575f5ffd5b825160208401519092506001600160401b03811681146100b2575f5ffd5b809150509250929050565b60805160a0516103746100ea5f395f8181605301526101e001525f818160ad015261012401526103745ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c806310e506321461004e57806382ab890a14610093578063c45a0155146100a8578063d3fb73b4146100e7575b5f5ffd5b6100757f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff90911681526020015b60405180910390f35b6100a66100a13660046102cd565b61011e565b005b6100cf7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161008a565b6100fe5f5460015467ffffffffffffffff90911691565b6040805167ffffffffffffffff909316835260208301919091520161008a565b5f5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663e0d65b69866040518263ffffffff1660e01b815260040161017091815260200190565b608060405180830381865afa15801561018b573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101af9190610300565b9350935093509350600260ff168460ff16146101de576040516313ab1d8760e31b815260040160405180910390fd5b7f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff168367ffffffffffffffff164261021f919061034f565b101561023e57604051630ac7557560e01b815260040160405180910390fd5b5f5467ffffffffffffffff9081169083161161026d57604051637ffd44bf60e01b815260040160405180910390fd5b5f805467ffffffffffffffff191667ffffffffffffffff8416908117909155600182905560405182815286907ffb8720eb647f6a07d6251a8e1325a6a6c879649ecbfcca1ad1ca9e30c5caeb2a9060200160405180910390a35050505050565b5f602082840312156102dd575f5ffd5b5035919050565b805167ffffffffffffffff811681146102fb575f5ffd5b919050565b5f5f5f5f60808587031215610313575f5ffd5b845160ff81168114610323575f5ffd5b9350610331602086016102e4565b925061033f604086016102e4565b6060959095015193969295505050565b8181038181111561036e57634e487b7160e01b5f52601160045260245ffd5b9291505056",
}

// DisputeGameFactory is an auto generated Go binding around an Ethereum contract.
type DisputeGameFactory struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DisputeGameFactory) GetABI() abi.ABI {
	return c.abi
}

// NewDisputeGameFactory creates a new instance of DisputeGameFactory.
func NewDisputeGameFactory() *DisputeGameFactory {
	parsed, err := DisputeGameFactoryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DisputeGameFactory{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DisputeGameFactory) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address batchInbox_, address sequencerSet_, address verifier_, bytes32 genesisRoot, uint64 challengeWindow_, uint64 claimTimeout_, uint8 maxGameDepth_, uint256[] bondsByDepth_, uint64 anchorAirgap_) returns()
func (disputeGameFactory *DisputeGameFactory) PackConstructor(batchInbox_ common.Address, sequencerSet_ common.Address, verifier_ common.Address, genesisRoot [32]byte, challengeWindow_ uint64, claimTimeout_ uint64, maxGameDepth_ uint8, bondsByDepth_ []*big.Int, anchorAirgap_ uint64) []byte {
	enc, err := disputeGameFactory.abi.Pack("", batchInbox_, sequencerSet_, verifier_, genesisRoot, challengeWindow_, claimTimeout_, maxGameDepth_, bondsByDepth_, anchorAirgap_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackNOPARENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2b183a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function NO_PARENT() view returns(uint32)
func (disputeGameFactory *DisputeGameFactory) PackNOPARENT() []byte {
	enc, err := disputeGameFactory.abi.Pack("NO_PARENT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNOPARENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2b183a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function NO_PARENT() view returns(uint32)
func (disputeGameFactory *DisputeGameFactory) TryPackNOPARENT() ([]byte, error) {
	return disputeGameFactory.abi.Pack("NO_PARENT")
}

// UnpackNOPARENT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2b183a8.
//
// Solidity: function NO_PARENT() view returns(uint32)
func (disputeGameFactory *DisputeGameFactory) UnpackNOPARENT(data []byte) (uint32, error) {
	out, err := disputeGameFactory.abi.Unpack("NO_PARENT", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackAnchorRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a180c0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchorRegistry() view returns(address)
func (disputeGameFactory *DisputeGameFactory) PackAnchorRegistry() []byte {
	enc, err := disputeGameFactory.abi.Pack("anchorRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchorRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a180c0a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchorRegistry() view returns(address)
func (disputeGameFactory *DisputeGameFactory) TryPackAnchorRegistry() ([]byte, error) {
	return disputeGameFactory.abi.Pack("anchorRegistry")
}

// UnpackAnchorRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5a180c0a.
//
// Solidity: function anchorRegistry() view returns(address)
func (disputeGameFactory *DisputeGameFactory) UnpackAnchorRegistry(data []byte) (common.Address, error) {
	out, err := disputeGameFactory.abi.Unpack("anchorRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBatchInbox is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdac6e63a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchInbox() view returns(address)
func (disputeGameFactory *DisputeGameFactory) PackBatchInbox() []byte {
	enc, err := disputeGameFactory.abi.Pack("batchInbox")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchInbox is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdac6e63a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchInbox() view returns(address)
func (disputeGameFactory *DisputeGameFactory) TryPackBatchInbox() ([]byte, error) {
	return disputeGameFactory.abi.Pack("batchInbox")
}

// UnpackBatchInbox is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdac6e63a.
//
// Solidity: function batchInbox() view returns(address)
func (disputeGameFactory *DisputeGameFactory) UnpackBatchInbox(data []byte) (common.Address, error) {
	out, err := disputeGameFactory.abi.Unpack("batchInbox", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBondAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1a43053.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bondAt(uint256 d) view returns(uint256)
func (disputeGameFactory *DisputeGameFactory) PackBondAt(d *big.Int) []byte {
	enc, err := disputeGameFactory.abi.Pack("bondAt", d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBondAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1a43053.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bondAt(uint256 d) view returns(uint256)
func (disputeGameFactory *DisputeGameFactory) TryPackBondAt(d *big.Int) ([]byte, error) {
	return disputeGameFactory.abi.Pack("bondAt", d)
}

// UnpackBondAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1a43053.
//
// Solidity: function bondAt(uint256 d) view returns(uint256)
func (disputeGameFactory *DisputeGameFactory) UnpackBondAt(data []byte) (*big.Int, error) {
	out, err := disputeGameFactory.abi.Unpack("bondAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBondsByDepth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b219163.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bondsByDepth() view returns(uint256[])
func (disputeGameFactory *DisputeGameFactory) PackBondsByDepth() []byte {
	enc, err := disputeGameFactory.abi.Pack("bondsByDepth")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBondsByDepth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b219163.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bondsByDepth() view returns(uint256[])
func (disputeGameFactory *DisputeGameFactory) TryPackBondsByDepth() ([]byte, error) {
	return disputeGameFactory.abi.Pack("bondsByDepth")
}

// UnpackBondsByDepth is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1b219163.
//
// Solidity: function bondsByDepth() view returns(uint256[])
func (disputeGameFactory *DisputeGameFactory) UnpackBondsByDepth(data []byte) ([]*big.Int, error) {
	out, err := disputeGameFactory.abi.Unpack("bondsByDepth", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x861a1412.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeWindow() view returns(uint64)
func (disputeGameFactory *DisputeGameFactory) PackChallengeWindow() []byte {
	enc, err := disputeGameFactory.abi.Pack("challengeWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x861a1412.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeWindow() view returns(uint64)
func (disputeGameFactory *DisputeGameFactory) TryPackChallengeWindow() ([]byte, error) {
	return disputeGameFactory.abi.Pack("challengeWindow")
}

// UnpackChallengeWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x861a1412.
//
// Solidity: function challengeWindow() view returns(uint64)
func (disputeGameFactory *DisputeGameFactory) UnpackChallengeWindow(data []byte) (uint64, error) {
	out, err := disputeGameFactory.abi.Unpack("challengeWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackCheckpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63ee7653.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkpoint(uint256 gameId, uint32 claimIndex) view returns((uint32,uint64,uint32))
func (disputeGameFactory *DisputeGameFactory) PackCheckpoint(gameId *big.Int, claimIndex uint32) []byte {
	enc, err := disputeGameFactory.abi.Pack("checkpoint", gameId, claimIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63ee7653.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkpoint(uint256 gameId, uint32 claimIndex) view returns((uint32,uint64,uint32))
func (disputeGameFactory *DisputeGameFactory) TryPackCheckpoint(gameId *big.Int, claimIndex uint32) ([]byte, error) {
	return disputeGameFactory.abi.Pack("checkpoint", gameId, claimIndex)
}

// UnpackCheckpoint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x63ee7653.
//
// Solidity: function checkpoint(uint256 gameId, uint32 claimIndex) view returns((uint32,uint64,uint32))
func (disputeGameFactory *DisputeGameFactory) UnpackCheckpoint(data []byte) (DisputeGameCheckpoint, error) {
	out, err := disputeGameFactory.abi.Unpack("checkpoint", data)
	if err != nil {
		return *new(DisputeGameCheckpoint), err
	}
	out0 := *abi.ConvertType(out[0], new(DisputeGameCheckpoint)).(*DisputeGameCheckpoint)
	return out0, nil
}

// PackChildren is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74da6444.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function children(uint256 gameId, uint32 claimIndex) view returns(uint32[] out)
func (disputeGameFactory *DisputeGameFactory) PackChildren(gameId *big.Int, claimIndex uint32) []byte {
	enc, err := disputeGameFactory.abi.Pack("children", gameId, claimIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChildren is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74da6444.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function children(uint256 gameId, uint32 claimIndex) view returns(uint32[] out)
func (disputeGameFactory *DisputeGameFactory) TryPackChildren(gameId *big.Int, claimIndex uint32) ([]byte, error) {
	return disputeGameFactory.abi.Pack("children", gameId, claimIndex)
}

// UnpackChildren is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x74da6444.
//
// Solidity: function children(uint256 gameId, uint32 claimIndex) view returns(uint32[] out)
func (disputeGameFactory *DisputeGameFactory) UnpackChildren(data []byte) ([]uint32, error) {
	out, err := disputeGameFactory.abi.Unpack("children", data)
	if err != nil {
		return *new([]uint32), err
	}
	out0 := *abi.ConvertType(out[0], new([]uint32)).(*[]uint32)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cc928da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(uint256 gameId, uint32 claimIndex) view returns((uint32,uint64,bytes32,address,uint256,uint64,address,uint32,bool,bool,address,bool) c)
func (disputeGameFactory *DisputeGameFactory) PackClaim(gameId *big.Int, claimIndex uint32) []byte {
	enc, err := disputeGameFactory.abi.Pack("claim", gameId, claimIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cc928da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(uint256 gameId, uint32 claimIndex) view returns((uint32,uint64,bytes32,address,uint256,uint64,address,uint32,bool,bool,address,bool) c)
func (disputeGameFactory *DisputeGameFactory) TryPackClaim(gameId *big.Int, claimIndex uint32) ([]byte, error) {
	return disputeGameFactory.abi.Pack("claim", gameId, claimIndex)
}

// UnpackClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1cc928da.
//
// Solidity: function claim(uint256 gameId, uint32 claimIndex) view returns((uint32,uint64,bytes32,address,uint256,uint64,address,uint32,bool,bool,address,bool) c)
func (disputeGameFactory *DisputeGameFactory) UnpackClaim(data []byte) (DisputeGameClaim, error) {
	out, err := disputeGameFactory.abi.Unpack("claim", data)
	if err != nil {
		return *new(DisputeGameClaim), err
	}
	out0 := *abi.ConvertType(out[0], new(DisputeGameClaim)).(*DisputeGameClaim)
	return out0, nil
}

// PackClaimCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54d59675.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimCount(uint256 gameId) view returns(uint32)
func (disputeGameFactory *DisputeGameFactory) PackClaimCount(gameId *big.Int) []byte {
	enc, err := disputeGameFactory.abi.Pack("claimCount", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54d59675.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimCount(uint256 gameId) view returns(uint32)
func (disputeGameFactory *DisputeGameFactory) TryPackClaimCount(gameId *big.Int) ([]byte, error) {
	return disputeGameFactory.abi.Pack("claimCount", gameId)
}

// UnpackClaimCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54d59675.
//
// Solidity: function claimCount(uint256 gameId) view returns(uint32)
func (disputeGameFactory *DisputeGameFactory) UnpackClaimCount(data []byte) (uint32, error) {
	out, err := disputeGameFactory.abi.Unpack("claimCount", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackClaimCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28918846.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimCredit(uint256 gameId, address recipient, uint32[] claimIndices) returns()
func (disputeGameFactory *DisputeGameFactory) PackClaimCredit(gameId *big.Int, recipient common.Address, claimIndices []uint32) []byte {
	enc, err := disputeGameFactory.abi.Pack("claimCredit", gameId, recipient, claimIndices)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28918846.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimCredit(uint256 gameId, address recipient, uint32[] claimIndices) returns()
func (disputeGameFactory *DisputeGameFactory) TryPackClaimCredit(gameId *big.Int, recipient common.Address, claimIndices []uint32) ([]byte, error) {
	return disputeGameFactory.abi.Pack("claimCredit", gameId, recipient, claimIndices)
}

// PackClaimTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e1da6c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimTimeout() view returns(uint64)
func (disputeGameFactory *DisputeGameFactory) PackClaimTimeout() []byte {
	enc, err := disputeGameFactory.abi.Pack("claimTimeout")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e1da6c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimTimeout() view returns(uint64)
func (disputeGameFactory *DisputeGameFactory) TryPackClaimTimeout() ([]byte, error) {
	return disputeGameFactory.abi.Pack("claimTimeout")
}

// UnpackClaimTimeout is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0e1da6c3.
//
// Solidity: function claimTimeout() view returns(uint64)
func (disputeGameFactory *DisputeGameFactory) UnpackClaimTimeout(data []byte) (uint64, error) {
	out, err := disputeGameFactory.abi.Unpack("claimTimeout", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackClaims is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55c639a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claims(uint256 gameId, uint32 from, uint32 count) view returns((uint32,uint64,bytes32,address,uint256,uint64,address,uint32,bool,bool,address,bool)[] out)
func (disputeGameFactory *DisputeGameFactory) PackClaims(gameId *big.Int, from uint32, count uint32) []byte {
	enc, err := disputeGameFactory.abi.Pack("claims", gameId, from, count)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaims is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55c639a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claims(uint256 gameId, uint32 from, uint32 count) view returns((uint32,uint64,bytes32,address,uint256,uint64,address,uint32,bool,bool,address,bool)[] out)
func (disputeGameFactory *DisputeGameFactory) TryPackClaims(gameId *big.Int, from uint32, count uint32) ([]byte, error) {
	return disputeGameFactory.abi.Pack("claims", gameId, from, count)
}

// UnpackClaims is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x55c639a5.
//
// Solidity: function claims(uint256 gameId, uint32 from, uint32 count) view returns((uint32,uint64,bytes32,address,uint256,uint64,address,uint32,bool,bool,address,bool)[] out)
func (disputeGameFactory *DisputeGameFactory) UnpackClaims(data []byte) ([]DisputeGameClaim, error) {
	out, err := disputeGameFactory.abi.Unpack("claims", data)
	if err != nil {
		return *new([]DisputeGameClaim), err
	}
	out0 := *abi.ConvertType(out[0], new([]DisputeGameClaim)).(*[]DisputeGameClaim)
	return out0, nil
}

// PackCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42ed24ac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function create(uint64 batchNumber, bytes32 rootClaim) payable returns(uint256 gameId)
func (disputeGameFactory *DisputeGameFactory) PackCreate(batchNumber uint64, rootClaim [32]byte) []byte {
	enc, err := disputeGameFactory.abi.Pack("create", batchNumber, rootClaim)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42ed24ac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function create(uint64 batchNumber, bytes32 rootClaim) payable returns(uint256 gameId)
func (disputeGameFactory *DisputeGameFactory) TryPackCreate(batchNumber uint64, rootClaim [32]byte) ([]byte, error) {
	return disputeGameFactory.abi.Pack("create", batchNumber, rootClaim)
}

// UnpackCreate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42ed24ac.
//
// Solidity: function create(uint64 batchNumber, bytes32 rootClaim) payable returns(uint256 gameId)
func (disputeGameFactory *DisputeGameFactory) UnpackCreate(data []byte) (*big.Int, error) {
	out, err := disputeGameFactory.abi.Unpack("create", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreateSequencerGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4412d81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createSequencerGame(bytes header, bytes32 attackValue) payable returns(uint256 gameId)
func (disputeGameFactory *DisputeGameFactory) PackCreateSequencerGame(header []byte, attackValue [32]byte) []byte {
	enc, err := disputeGameFactory.abi.Pack("createSequencerGame", header, attackValue)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateSequencerGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4412d81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createSequencerGame(bytes header, bytes32 attackValue) payable returns(uint256 gameId)
func (disputeGameFactory *DisputeGameFactory) TryPackCreateSequencerGame(header []byte, attackValue [32]byte) ([]byte, error) {
	return disputeGameFactory.abi.Pack("createSequencerGame", header, attackValue)
}

// UnpackCreateSequencerGame is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4412d81.
//
// Solidity: function createSequencerGame(bytes header, bytes32 attackValue) payable returns(uint256 gameId)
func (disputeGameFactory *DisputeGameFactory) UnpackCreateSequencerGame(data []byte) (*big.Int, error) {
	out, err := disputeGameFactory.abi.Unpack("createSequencerGame", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcddbe729.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function game(uint256 gameId) view returns((uint64,uint64,uint64,uint64,bytes32,uint64,uint64,uint32,uint8,uint8,bool,bool))
func (disputeGameFactory *DisputeGameFactory) PackGame(gameId *big.Int) []byte {
	enc, err := disputeGameFactory.abi.Pack("game", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcddbe729.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function game(uint256 gameId) view returns((uint64,uint64,uint64,uint64,bytes32,uint64,uint64,uint32,uint8,uint8,bool,bool))
func (disputeGameFactory *DisputeGameFactory) TryPackGame(gameId *big.Int) ([]byte, error) {
	return disputeGameFactory.abi.Pack("game", gameId)
}

// UnpackGame is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcddbe729.
//
// Solidity: function game(uint256 gameId) view returns((uint64,uint64,uint64,uint64,bytes32,uint64,uint64,uint32,uint8,uint8,bool,bool))
func (disputeGameFactory *DisputeGameFactory) UnpackGame(data []byte) (DisputeGameGame, error) {
	out, err := disputeGameFactory.abi.Unpack("game", data)
	if err != nil {
		return *new(DisputeGameGame), err
	}
	out0 := *abi.ConvertType(out[0], new(DisputeGameGame)).(*DisputeGameGame)
	return out0, nil
}

// PackGameCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1975b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gameCount() view returns(uint256)
func (disputeGameFactory *DisputeGameFactory) PackGameCount() []byte {
	enc, err := disputeGameFactory.abi.Pack("gameCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGameCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1975b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gameCount() view returns(uint256)
func (disputeGameFactory *DisputeGameFactory) TryPackGameCount() ([]byte, error) {
	return disputeGameFactory.abi.Pack("gameCount")
}

// UnpackGameCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d1975b4.
//
// Solidity: function gameCount() view returns(uint256)
func (disputeGameFactory *DisputeGameFactory) UnpackGameCount(data []byte) (*big.Int, error) {
	out, err := disputeGameFactory.abi.Unpack("gameCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGameFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6906954f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gameFor(bool sequencer, uint64 batchNumber, bytes32 rootClaim) view returns(bool exists, uint256 gameId)
func (disputeGameFactory *DisputeGameFactory) PackGameFor(sequencer bool, batchNumber uint64, rootClaim [32]byte) []byte {
	enc, err := disputeGameFactory.abi.Pack("gameFor", sequencer, batchNumber, rootClaim)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGameFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6906954f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gameFor(bool sequencer, uint64 batchNumber, bytes32 rootClaim) view returns(bool exists, uint256 gameId)
func (disputeGameFactory *DisputeGameFactory) TryPackGameFor(sequencer bool, batchNumber uint64, rootClaim [32]byte) ([]byte, error) {
	return disputeGameFactory.abi.Pack("gameFor", sequencer, batchNumber, rootClaim)
}

// GameForOutput serves as a container for the return parameters of contract
// method GameFor.
type GameForOutput struct {
	Exists bool
	GameId *big.Int
}

// UnpackGameFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6906954f.
//
// Solidity: function gameFor(bool sequencer, uint64 batchNumber, bytes32 rootClaim) view returns(bool exists, uint256 gameId)
func (disputeGameFactory *DisputeGameFactory) UnpackGameFor(data []byte) (GameForOutput, error) {
	out, err := disputeGameFactory.abi.Unpack("gameFor", data)
	outstruct := new(GameForOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Exists = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.GameId = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGameResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0d65b69.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gameResult(uint256 gameId) view returns(uint8 status, uint64 resolvedAt, uint64 batch, bytes32 rootClaim)
func (disputeGameFactory *DisputeGameFactory) PackGameResult(gameId *big.Int) []byte {
	enc, err := disputeGameFactory.abi.Pack("gameResult", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGameResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0d65b69.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gameResult(uint256 gameId) view returns(uint8 status, uint64 resolvedAt, uint64 batch, bytes32 rootClaim)
func (disputeGameFactory *DisputeGameFactory) TryPackGameResult(gameId *big.Int) ([]byte, error) {
	return disputeGameFactory.abi.Pack("gameResult", gameId)
}

// GameResultOutput serves as a container for the return parameters of contract
// method GameResult.
type GameResultOutput struct {
	Status     uint8
	ResolvedAt uint64
	Batch      uint64
	RootClaim  [32]byte
}

// UnpackGameResult is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe0d65b69.
//
// Solidity: function gameResult(uint256 gameId) view returns(uint8 status, uint64 resolvedAt, uint64 batch, bytes32 rootClaim)
func (disputeGameFactory *DisputeGameFactory) UnpackGameResult(data []byte) (GameResultOutput, error) {
	out, err := disputeGameFactory.abi.Unpack("gameResult", data)
	outstruct := new(GameResultOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Status = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.ResolvedAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Batch = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.RootClaim = *abi.ConvertType(out[3], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackInbox is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb0e722b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inbox() view returns(address)
func (disputeGameFactory *DisputeGameFactory) PackInbox() []byte {
	enc, err := disputeGameFactory.abi.Pack("inbox")
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
func (disputeGameFactory *DisputeGameFactory) TryPackInbox() ([]byte, error) {
	return disputeGameFactory.abi.Pack("inbox")
}

// UnpackInbox is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb0e722b.
//
// Solidity: function inbox() view returns(address)
func (disputeGameFactory *DisputeGameFactory) UnpackInbox(data []byte) (common.Address, error) {
	out, err := disputeGameFactory.abi.Unpack("inbox", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMaxGameDepth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa315aa9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxGameDepth() view returns(uint8)
func (disputeGameFactory *DisputeGameFactory) PackMaxGameDepth() []byte {
	enc, err := disputeGameFactory.abi.Pack("maxGameDepth")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxGameDepth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa315aa9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxGameDepth() view returns(uint8)
func (disputeGameFactory *DisputeGameFactory) TryPackMaxGameDepth() ([]byte, error) {
	return disputeGameFactory.abi.Pack("maxGameDepth")
}

// UnpackMaxGameDepth is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfa315aa9.
//
// Solidity: function maxGameDepth() view returns(uint8)
func (disputeGameFactory *DisputeGameFactory) UnpackMaxGameDepth(data []byte) (uint8, error) {
	out, err := disputeGameFactory.abi.Unpack("maxGameDepth", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96035013.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function move(uint256 gameId, bytes32 disputed, uint32 parentIndex, bytes32 value, bool isAttack) payable returns(uint32)
func (disputeGameFactory *DisputeGameFactory) PackMove(gameId *big.Int, disputed [32]byte, parentIndex uint32, value [32]byte, isAttack bool) []byte {
	enc, err := disputeGameFactory.abi.Pack("move", gameId, disputed, parentIndex, value, isAttack)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96035013.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function move(uint256 gameId, bytes32 disputed, uint32 parentIndex, bytes32 value, bool isAttack) payable returns(uint32)
func (disputeGameFactory *DisputeGameFactory) TryPackMove(gameId *big.Int, disputed [32]byte, parentIndex uint32, value [32]byte, isAttack bool) ([]byte, error) {
	return disputeGameFactory.abi.Pack("move", gameId, disputed, parentIndex, value, isAttack)
}

// UnpackMove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x96035013.
//
// Solidity: function move(uint256 gameId, bytes32 disputed, uint32 parentIndex, bytes32 value, bool isAttack) payable returns(uint32)
func (disputeGameFactory *DisputeGameFactory) UnpackMove(data []byte) (uint32, error) {
	out, err := disputeGameFactory.abi.Unpack("move", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackResolveClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35084ec1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolveClaim(uint256 gameId, uint32 claimIndex, uint32 maxChildren) returns()
func (disputeGameFactory *DisputeGameFactory) PackResolveClaim(gameId *big.Int, claimIndex uint32, maxChildren uint32) []byte {
	enc, err := disputeGameFactory.abi.Pack("resolveClaim", gameId, claimIndex, maxChildren)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolveClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35084ec1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolveClaim(uint256 gameId, uint32 claimIndex, uint32 maxChildren) returns()
func (disputeGameFactory *DisputeGameFactory) TryPackResolveClaim(gameId *big.Int, claimIndex uint32, maxChildren uint32) ([]byte, error) {
	return disputeGameFactory.abi.Pack("resolveClaim", gameId, claimIndex, maxChildren)
}

// PackSequencerSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3704f3f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sequencerSet() view returns(address)
func (disputeGameFactory *DisputeGameFactory) PackSequencerSet() []byte {
	enc, err := disputeGameFactory.abi.Pack("sequencerSet")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSequencerSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3704f3f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sequencerSet() view returns(address)
func (disputeGameFactory *DisputeGameFactory) TryPackSequencerSet() ([]byte, error) {
	return disputeGameFactory.abi.Pack("sequencerSet")
}

// UnpackSequencerSet is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe3704f3f.
//
// Solidity: function sequencerSet() view returns(address)
func (disputeGameFactory *DisputeGameFactory) UnpackSequencerSet(data []byte) (common.Address, error) {
	out, err := disputeGameFactory.abi.Unpack("sequencerSet", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSlashRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9be04ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashRecipient(uint256 gameId) view returns(address)
func (disputeGameFactory *DisputeGameFactory) PackSlashRecipient(gameId *big.Int) []byte {
	enc, err := disputeGameFactory.abi.Pack("slashRecipient", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9be04ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashRecipient(uint256 gameId) view returns(address)
func (disputeGameFactory *DisputeGameFactory) TryPackSlashRecipient(gameId *big.Int) ([]byte, error) {
	return disputeGameFactory.abi.Pack("slashRecipient", gameId)
}

// UnpackSlashRecipient is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb9be04ef.
//
// Solidity: function slashRecipient(uint256 gameId) view returns(address)
func (disputeGameFactory *DisputeGameFactory) UnpackSlashRecipient(data []byte) (common.Address, error) {
	out, err := disputeGameFactory.abi.Unpack("slashRecipient", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSlashSigners is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8970fe41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashSigners(uint256 gameId, address[] signers) returns()
func (disputeGameFactory *DisputeGameFactory) PackSlashSigners(gameId *big.Int, signers []common.Address) []byte {
	enc, err := disputeGameFactory.abi.Pack("slashSigners", gameId, signers)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashSigners is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8970fe41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashSigners(uint256 gameId, address[] signers) returns()
func (disputeGameFactory *DisputeGameFactory) TryPackSlashSigners(gameId *big.Int, signers []common.Address) ([]byte, error) {
	return disputeGameFactory.abi.Pack("slashSigners", gameId, signers)
}

// PackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0967bfc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function step(uint256 gameId, uint32 claimIndex, bool isAttack, bytes header, uint8 kind, bytes payload, bytes witness) returns()
func (disputeGameFactory *DisputeGameFactory) PackStep(gameId *big.Int, claimIndex uint32, isAttack bool, header []byte, kind uint8, payload []byte, witness []byte) []byte {
	enc, err := disputeGameFactory.abi.Pack("step", gameId, claimIndex, isAttack, header, kind, payload, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0967bfc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function step(uint256 gameId, uint32 claimIndex, bool isAttack, bytes header, uint8 kind, bytes payload, bytes witness) returns()
func (disputeGameFactory *DisputeGameFactory) TryPackStep(gameId *big.Int, claimIndex uint32, isAttack bool, header []byte, kind uint8, payload []byte, witness []byte) ([]byte, error) {
	return disputeGameFactory.abi.Pack("step", gameId, claimIndex, isAttack, header, kind, payload, witness)
}

// PackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifier() view returns(address)
func (disputeGameFactory *DisputeGameFactory) PackVerifier() []byte {
	enc, err := disputeGameFactory.abi.Pack("verifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifier() view returns(address)
func (disputeGameFactory *DisputeGameFactory) TryPackVerifier() ([]byte, error) {
	return disputeGameFactory.abi.Pack("verifier")
}

// UnpackVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (disputeGameFactory *DisputeGameFactory) UnpackVerifier(data []byte) (common.Address, error) {
	out, err := disputeGameFactory.abi.Unpack("verifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// DisputeGameFactoryClaimMoved represents a ClaimMoved event raised by the DisputeGameFactory contract.
type DisputeGameFactoryClaimMoved struct {
	GameId      *big.Int
	ClaimIndex  uint32
	ParentIndex uint32
	Position    uint64
	Value       [32]byte
	Claimant    common.Address
	Bond        *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const DisputeGameFactoryClaimMovedEventName = "ClaimMoved"

// ContractEventName returns the user-defined event name.
func (DisputeGameFactoryClaimMoved) ContractEventName() string {
	return DisputeGameFactoryClaimMovedEventName
}

// UnpackClaimMovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimMoved(uint256 indexed gameId, uint32 indexed claimIndex, uint32 indexed parentIndex, uint64 position, bytes32 value, address claimant, uint256 bond)
func (disputeGameFactory *DisputeGameFactory) UnpackClaimMovedEvent(log *types.Log) (*DisputeGameFactoryClaimMoved, error) {
	event := "ClaimMoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGameFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameFactoryClaimMoved)
	if len(log.Data) > 0 {
		if err := disputeGameFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGameFactory.abi.Events[event].Inputs {
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

// DisputeGameFactoryClaimResolved represents a ClaimResolved event raised by the DisputeGameFactory contract.
type DisputeGameFactoryClaimResolved struct {
	GameId     *big.Int
	ClaimIndex uint32
	Countered  bool
	Recipient  common.Address
	Bond       *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const DisputeGameFactoryClaimResolvedEventName = "ClaimResolved"

// ContractEventName returns the user-defined event name.
func (DisputeGameFactoryClaimResolved) ContractEventName() string {
	return DisputeGameFactoryClaimResolvedEventName
}

// UnpackClaimResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimResolved(uint256 indexed gameId, uint32 indexed claimIndex, bool countered, address recipient, uint256 bond)
func (disputeGameFactory *DisputeGameFactory) UnpackClaimResolvedEvent(log *types.Log) (*DisputeGameFactoryClaimResolved, error) {
	event := "ClaimResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGameFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameFactoryClaimResolved)
	if len(log.Data) > 0 {
		if err := disputeGameFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGameFactory.abi.Events[event].Inputs {
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

// DisputeGameFactoryCreditClaimed represents a CreditClaimed event raised by the DisputeGameFactory contract.
type DisputeGameFactoryCreditClaimed struct {
	GameId    *big.Int
	Recipient common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const DisputeGameFactoryCreditClaimedEventName = "CreditClaimed"

// ContractEventName returns the user-defined event name.
func (DisputeGameFactoryCreditClaimed) ContractEventName() string {
	return DisputeGameFactoryCreditClaimedEventName
}

// UnpackCreditClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CreditClaimed(uint256 indexed gameId, address indexed recipient, uint256 amount)
func (disputeGameFactory *DisputeGameFactory) UnpackCreditClaimedEvent(log *types.Log) (*DisputeGameFactoryCreditClaimed, error) {
	event := "CreditClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGameFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameFactoryCreditClaimed)
	if len(log.Data) > 0 {
		if err := disputeGameFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGameFactory.abi.Events[event].Inputs {
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

// DisputeGameFactoryGameCreated represents a GameCreated event raised by the DisputeGameFactory contract.
type DisputeGameFactoryGameCreated struct {
	GameId      *big.Int
	Batch       uint64
	Creator     common.Address
	RootClaim   [32]byte
	Sequencer   bool
	AnchorBatch uint64
	AnchorRoot  [32]byte
	TraceLength uint64
	MaxDepth    uint8
	Raw         *types.Log // Blockchain specific contextual infos
}

const DisputeGameFactoryGameCreatedEventName = "GameCreated"

// ContractEventName returns the user-defined event name.
func (DisputeGameFactoryGameCreated) ContractEventName() string {
	return DisputeGameFactoryGameCreatedEventName
}

// UnpackGameCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GameCreated(uint256 indexed gameId, uint64 indexed batch, address indexed creator, bytes32 rootClaim, bool sequencer, uint64 anchorBatch, bytes32 anchorRoot, uint64 traceLength, uint8 maxDepth)
func (disputeGameFactory *DisputeGameFactory) UnpackGameCreatedEvent(log *types.Log) (*DisputeGameFactoryGameCreated, error) {
	event := "GameCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGameFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameFactoryGameCreated)
	if len(log.Data) > 0 {
		if err := disputeGameFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGameFactory.abi.Events[event].Inputs {
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

// DisputeGameFactoryGameResolved represents a GameResolved event raised by the DisputeGameFactory contract.
type DisputeGameFactoryGameResolved struct {
	GameId     *big.Int
	Status     uint8
	ResolvedAt uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const DisputeGameFactoryGameResolvedEventName = "GameResolved"

// ContractEventName returns the user-defined event name.
func (DisputeGameFactoryGameResolved) ContractEventName() string {
	return DisputeGameFactoryGameResolvedEventName
}

// UnpackGameResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GameResolved(uint256 indexed gameId, uint8 status, uint64 resolvedAt)
func (disputeGameFactory *DisputeGameFactory) UnpackGameResolvedEvent(log *types.Log) (*DisputeGameFactoryGameResolved, error) {
	event := "GameResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGameFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameFactoryGameResolved)
	if len(log.Data) > 0 {
		if err := disputeGameFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGameFactory.abi.Events[event].Inputs {
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

// DisputeGameFactoryResolutionProgress represents a ResolutionProgress event raised by the DisputeGameFactory contract.
type DisputeGameFactoryResolutionProgress struct {
	GameId     *big.Int
	ClaimIndex uint32
	NextChild  uint32
	Raw        *types.Log // Blockchain specific contextual infos
}

const DisputeGameFactoryResolutionProgressEventName = "ResolutionProgress"

// ContractEventName returns the user-defined event name.
func (DisputeGameFactoryResolutionProgress) ContractEventName() string {
	return DisputeGameFactoryResolutionProgressEventName
}

// UnpackResolutionProgressEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResolutionProgress(uint256 indexed gameId, uint32 indexed claimIndex, uint32 nextChild)
func (disputeGameFactory *DisputeGameFactory) UnpackResolutionProgressEvent(log *types.Log) (*DisputeGameFactoryResolutionProgress, error) {
	event := "ResolutionProgress"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGameFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameFactoryResolutionProgress)
	if len(log.Data) > 0 {
		if err := disputeGameFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGameFactory.abi.Events[event].Inputs {
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

// DisputeGameFactorySignersSlashed represents a SignersSlashed event raised by the DisputeGameFactory contract.
type DisputeGameFactorySignersSlashed struct {
	GameId    *big.Int
	Recipient common.Address
	Signers   *big.Int
	Slashed   *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const DisputeGameFactorySignersSlashedEventName = "SignersSlashed"

// ContractEventName returns the user-defined event name.
func (DisputeGameFactorySignersSlashed) ContractEventName() string {
	return DisputeGameFactorySignersSlashedEventName
}

// UnpackSignersSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SignersSlashed(uint256 indexed gameId, address indexed recipient, uint256 signers, uint256 slashed)
func (disputeGameFactory *DisputeGameFactory) UnpackSignersSlashedEvent(log *types.Log) (*DisputeGameFactorySignersSlashed, error) {
	event := "SignersSlashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGameFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameFactorySignersSlashed)
	if len(log.Data) > 0 {
		if err := disputeGameFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGameFactory.abi.Events[event].Inputs {
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

// DisputeGameFactoryStepped represents a Stepped event raised by the DisputeGameFactory contract.
type DisputeGameFactoryStepped struct {
	GameId     *big.Int
	ClaimIndex uint32
	Stepper    common.Address
	IsAttack   bool
	StepIndex  uint64
	PreRoot    [32]byte
	PostRoot   [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const DisputeGameFactorySteppedEventName = "Stepped"

// ContractEventName returns the user-defined event name.
func (DisputeGameFactoryStepped) ContractEventName() string {
	return DisputeGameFactorySteppedEventName
}

// UnpackSteppedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Stepped(uint256 indexed gameId, uint32 indexed claimIndex, address indexed stepper, bool isAttack, uint64 stepIndex, bytes32 preRoot, bytes32 postRoot)
func (disputeGameFactory *DisputeGameFactory) UnpackSteppedEvent(log *types.Log) (*DisputeGameFactoryStepped, error) {
	event := "Stepped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGameFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameFactoryStepped)
	if len(log.Data) > 0 {
		if err := disputeGameFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGameFactory.abi.Events[event].Inputs {
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
func (disputeGameFactory *DisputeGameFactory) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["AlreadySlashed"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackAlreadySlashedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["BatchIsVoid"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackBatchIsVoidError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["BatchNotAfterAnchor"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackBatchNotAfterAnchorError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["BatchNotFinal"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackBatchNotFinalError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["CannotDefend"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackCannotDefendError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["ClaimAlreadyExists"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackClaimAlreadyExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["ClaimAlreadyResolved"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackClaimAlreadyResolvedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["ClaimNotFound"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackClaimNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["CounterWindowClosed"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackCounterWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["CounterWindowOpen"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackCounterWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["DAChallengePending"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackDAChallengePendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["DuplicateStep"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackDuplicateStepError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["EntryMismatch"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackEntryMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["GameAlreadyExists"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackGameAlreadyExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["GameDepthExceeded"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackGameDepthExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["GameInProgress"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackGameInProgressError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["GameNotInProgress"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackGameNotInProgressError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["IncorrectBondAmount"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackIncorrectBondAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["InvalidDisputedClaim"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackInvalidDisputedClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["InvalidParameters"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackInvalidParametersError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["NoCreditToClaim"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackNoCreditToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["NoSequencerClaim"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackNoSequencerClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["NoTraceAncestor"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackNoTraceAncestorError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["NotMaxDepth"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackNotMaxDepthError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["NotSlashable"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackNotSlashableError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["OutOfOrderResolution"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackOutOfOrderResolutionError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["SignersMismatch"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackSignersMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["StepNotInBatch"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackStepNotInBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["TraceTooLong"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackTraceTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["UnknownBatch"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackUnknownBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["UnknownGame"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackUnknownGameError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["ValidStep"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackValidStepError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["WrongBatchHeader"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackWrongBatchHeaderError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["WrongElementKind"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackWrongElementKindError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DisputeGameFactoryAlreadySlashed represents a AlreadySlashed error raised by the DisputeGameFactory contract.
type DisputeGameFactoryAlreadySlashed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadySlashed()
func DisputeGameFactoryAlreadySlashedErrorID() common.Hash {
	return common.HexToHash("0x372337622103a0209072252ceb796cb70404e3469ff66b2d9ee1092b1eb82de6")
}

// UnpackAlreadySlashedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadySlashed()
func (disputeGameFactory *DisputeGameFactory) UnpackAlreadySlashedError(raw []byte) (*DisputeGameFactoryAlreadySlashed, error) {
	out := new(DisputeGameFactoryAlreadySlashed)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "AlreadySlashed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryBatchIsVoid represents a BatchIsVoid error raised by the DisputeGameFactory contract.
type DisputeGameFactoryBatchIsVoid struct {
	Number uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchIsVoid(uint64 number)
func DisputeGameFactoryBatchIsVoidErrorID() common.Hash {
	return common.HexToHash("0xf2bc469dc7f6ab7986151d8d828c9f1802384cefc612ac7400cb6b676e078e7d")
}

// UnpackBatchIsVoidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchIsVoid(uint64 number)
func (disputeGameFactory *DisputeGameFactory) UnpackBatchIsVoidError(raw []byte) (*DisputeGameFactoryBatchIsVoid, error) {
	out := new(DisputeGameFactoryBatchIsVoid)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "BatchIsVoid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryBatchNotAfterAnchor represents a BatchNotAfterAnchor error raised by the DisputeGameFactory contract.
type DisputeGameFactoryBatchNotAfterAnchor struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchNotAfterAnchor()
func DisputeGameFactoryBatchNotAfterAnchorErrorID() common.Hash {
	return common.HexToHash("0xc24bcac3d2fd2324f11374445a04cc7e4196e2409c653d970e03e4336848e778")
}

// UnpackBatchNotAfterAnchorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchNotAfterAnchor()
func (disputeGameFactory *DisputeGameFactory) UnpackBatchNotAfterAnchorError(raw []byte) (*DisputeGameFactoryBatchNotAfterAnchor, error) {
	out := new(DisputeGameFactoryBatchNotAfterAnchor)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "BatchNotAfterAnchor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryBatchNotFinal represents a BatchNotFinal error raised by the DisputeGameFactory contract.
type DisputeGameFactoryBatchNotFinal struct {
	Number     uint64
	FinalAfter uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchNotFinal(uint64 number, uint64 finalAfter)
func DisputeGameFactoryBatchNotFinalErrorID() common.Hash {
	return common.HexToHash("0x23fc829f454ea123c0311798ef1410425e4f749417351b194c6a51c4b357c522")
}

// UnpackBatchNotFinalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchNotFinal(uint64 number, uint64 finalAfter)
func (disputeGameFactory *DisputeGameFactory) UnpackBatchNotFinalError(raw []byte) (*DisputeGameFactoryBatchNotFinal, error) {
	out := new(DisputeGameFactoryBatchNotFinal)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "BatchNotFinal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryCannotDefend represents a CannotDefend error raised by the DisputeGameFactory contract.
type DisputeGameFactoryCannotDefend struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CannotDefend()
func DisputeGameFactoryCannotDefendErrorID() common.Hash {
	return common.HexToHash("0x548da9dca1f0a1c5fb6c1d186fd6c3e133ed6ca25281d9c202727b02f404e889")
}

// UnpackCannotDefendError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CannotDefend()
func (disputeGameFactory *DisputeGameFactory) UnpackCannotDefendError(raw []byte) (*DisputeGameFactoryCannotDefend, error) {
	out := new(DisputeGameFactoryCannotDefend)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "CannotDefend", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryClaimAlreadyExists represents a ClaimAlreadyExists error raised by the DisputeGameFactory contract.
type DisputeGameFactoryClaimAlreadyExists struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimAlreadyExists()
func DisputeGameFactoryClaimAlreadyExistsErrorID() common.Hash {
	return common.HexToHash("0x80497e3bcdc1ef6fd47998e6327ffa886799fe6ac674d67bef7165cbb0a8408f")
}

// UnpackClaimAlreadyExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimAlreadyExists()
func (disputeGameFactory *DisputeGameFactory) UnpackClaimAlreadyExistsError(raw []byte) (*DisputeGameFactoryClaimAlreadyExists, error) {
	out := new(DisputeGameFactoryClaimAlreadyExists)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "ClaimAlreadyExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryClaimAlreadyResolved represents a ClaimAlreadyResolved error raised by the DisputeGameFactory contract.
type DisputeGameFactoryClaimAlreadyResolved struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimAlreadyResolved()
func DisputeGameFactoryClaimAlreadyResolvedErrorID() common.Hash {
	return common.HexToHash("0xf1a945812afa8d92202565d6321c9120082829fabe445c5e7078e4606110e65c")
}

// UnpackClaimAlreadyResolvedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimAlreadyResolved()
func (disputeGameFactory *DisputeGameFactory) UnpackClaimAlreadyResolvedError(raw []byte) (*DisputeGameFactoryClaimAlreadyResolved, error) {
	out := new(DisputeGameFactoryClaimAlreadyResolved)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "ClaimAlreadyResolved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryClaimNotFound represents a ClaimNotFound error raised by the DisputeGameFactory contract.
type DisputeGameFactoryClaimNotFound struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimNotFound()
func DisputeGameFactoryClaimNotFoundErrorID() common.Hash {
	return common.HexToHash("0x0455eeeeb6df49d894403176cc3c9b6adf11b933c5a92aa724af091d3e02bc6c")
}

// UnpackClaimNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimNotFound()
func (disputeGameFactory *DisputeGameFactory) UnpackClaimNotFoundError(raw []byte) (*DisputeGameFactoryClaimNotFound, error) {
	out := new(DisputeGameFactoryClaimNotFound)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "ClaimNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryCounterWindowClosed represents a CounterWindowClosed error raised by the DisputeGameFactory contract.
type DisputeGameFactoryCounterWindowClosed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CounterWindowClosed()
func DisputeGameFactoryCounterWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x7e827ed46254a8dc93454369ca8fb1ca159b7751d96f92f4348436537a036068")
}

// UnpackCounterWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CounterWindowClosed()
func (disputeGameFactory *DisputeGameFactory) UnpackCounterWindowClosedError(raw []byte) (*DisputeGameFactoryCounterWindowClosed, error) {
	out := new(DisputeGameFactoryCounterWindowClosed)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "CounterWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryCounterWindowOpen represents a CounterWindowOpen error raised by the DisputeGameFactory contract.
type DisputeGameFactoryCounterWindowOpen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CounterWindowOpen()
func DisputeGameFactoryCounterWindowOpenErrorID() common.Hash {
	return common.HexToHash("0x36be986750d71bd3037e41260d393cf99760fb8c2bc2d99fb823a1f977b566a8")
}

// UnpackCounterWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CounterWindowOpen()
func (disputeGameFactory *DisputeGameFactory) UnpackCounterWindowOpenError(raw []byte) (*DisputeGameFactoryCounterWindowOpen, error) {
	out := new(DisputeGameFactoryCounterWindowOpen)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "CounterWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryDAChallengePending represents a DAChallengePending error raised by the DisputeGameFactory contract.
type DisputeGameFactoryDAChallengePending struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DAChallengePending()
func DisputeGameFactoryDAChallengePendingErrorID() common.Hash {
	return common.HexToHash("0xf3b81170e2902584eef2662c5d7f0b6a6d16afe5d3c2f9aaf7601595ffc15bd3")
}

// UnpackDAChallengePendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DAChallengePending()
func (disputeGameFactory *DisputeGameFactory) UnpackDAChallengePendingError(raw []byte) (*DisputeGameFactoryDAChallengePending, error) {
	out := new(DisputeGameFactoryDAChallengePending)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "DAChallengePending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryDuplicateStep represents a DuplicateStep error raised by the DisputeGameFactory contract.
type DisputeGameFactoryDuplicateStep struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateStep()
func DisputeGameFactoryDuplicateStepErrorID() common.Hash {
	return common.HexToHash("0x9071e6afbb9d5e76bbce4178d2eae23ee7b3e3045657d4a07a8b03050a8fbd75")
}

// UnpackDuplicateStepError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateStep()
func (disputeGameFactory *DisputeGameFactory) UnpackDuplicateStepError(raw []byte) (*DisputeGameFactoryDuplicateStep, error) {
	out := new(DisputeGameFactoryDuplicateStep)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "DuplicateStep", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryEntryMismatch represents a EntryMismatch error raised by the DisputeGameFactory contract.
type DisputeGameFactoryEntryMismatch struct {
	Entry uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EntryMismatch(uint64 entry)
func DisputeGameFactoryEntryMismatchErrorID() common.Hash {
	return common.HexToHash("0x82c63d141734c43578026512e80a2b8db6c57ba958c47b3b2a1bf3eda5bf1214")
}

// UnpackEntryMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EntryMismatch(uint64 entry)
func (disputeGameFactory *DisputeGameFactory) UnpackEntryMismatchError(raw []byte) (*DisputeGameFactoryEntryMismatch, error) {
	out := new(DisputeGameFactoryEntryMismatch)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "EntryMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryGameAlreadyExists represents a GameAlreadyExists error raised by the DisputeGameFactory contract.
type DisputeGameFactoryGameAlreadyExists struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GameAlreadyExists(uint256 gameId)
func DisputeGameFactoryGameAlreadyExistsErrorID() common.Hash {
	return common.HexToHash("0x6763b34b70922a26594dea2e15621f693da840c4456b92c150e53c4f6cafbcf1")
}

// UnpackGameAlreadyExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GameAlreadyExists(uint256 gameId)
func (disputeGameFactory *DisputeGameFactory) UnpackGameAlreadyExistsError(raw []byte) (*DisputeGameFactoryGameAlreadyExists, error) {
	out := new(DisputeGameFactoryGameAlreadyExists)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "GameAlreadyExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryGameDepthExceeded represents a GameDepthExceeded error raised by the DisputeGameFactory contract.
type DisputeGameFactoryGameDepthExceeded struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GameDepthExceeded()
func DisputeGameFactoryGameDepthExceededErrorID() common.Hash {
	return common.HexToHash("0x56f57b2b44e1226f31ab9ae7d83220476a47b7962ab489c0800a180da764afd8")
}

// UnpackGameDepthExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GameDepthExceeded()
func (disputeGameFactory *DisputeGameFactory) UnpackGameDepthExceededError(raw []byte) (*DisputeGameFactoryGameDepthExceeded, error) {
	out := new(DisputeGameFactoryGameDepthExceeded)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "GameDepthExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryGameInProgress represents a GameInProgress error raised by the DisputeGameFactory contract.
type DisputeGameFactoryGameInProgress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GameInProgress()
func DisputeGameFactoryGameInProgressErrorID() common.Hash {
	return common.HexToHash("0xd25f4344d12611165a3f533f804690b4cb797abab91bc1217253d5df8acdd9bf")
}

// UnpackGameInProgressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GameInProgress()
func (disputeGameFactory *DisputeGameFactory) UnpackGameInProgressError(raw []byte) (*DisputeGameFactoryGameInProgress, error) {
	out := new(DisputeGameFactoryGameInProgress)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "GameInProgress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryGameNotInProgress represents a GameNotInProgress error raised by the DisputeGameFactory contract.
type DisputeGameFactoryGameNotInProgress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GameNotInProgress()
func DisputeGameFactoryGameNotInProgressErrorID() common.Hash {
	return common.HexToHash("0x67fe195093dcec8695007a987aa2cdbebd7749c9cbb19f07519dd74f5c6307ae")
}

// UnpackGameNotInProgressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GameNotInProgress()
func (disputeGameFactory *DisputeGameFactory) UnpackGameNotInProgressError(raw []byte) (*DisputeGameFactoryGameNotInProgress, error) {
	out := new(DisputeGameFactoryGameNotInProgress)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "GameNotInProgress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryIncorrectBondAmount represents a IncorrectBondAmount error raised by the DisputeGameFactory contract.
type DisputeGameFactoryIncorrectBondAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IncorrectBondAmount()
func DisputeGameFactoryIncorrectBondAmountErrorID() common.Hash {
	return common.HexToHash("0x8620aa195140539cee201c2275b59d96661f022ffbe260fcee0b13bcb2180251")
}

// UnpackIncorrectBondAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IncorrectBondAmount()
func (disputeGameFactory *DisputeGameFactory) UnpackIncorrectBondAmountError(raw []byte) (*DisputeGameFactoryIncorrectBondAmount, error) {
	out := new(DisputeGameFactoryIncorrectBondAmount)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "IncorrectBondAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryInvalidDisputedClaim represents a InvalidDisputedClaim error raised by the DisputeGameFactory contract.
type DisputeGameFactoryInvalidDisputedClaim struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDisputedClaim()
func DisputeGameFactoryInvalidDisputedClaimErrorID() common.Hash {
	return common.HexToHash("0x85d837e39781232a2fcb8b8a4cb674c5bbddca27df0a120605ece75a3dcb8a96")
}

// UnpackInvalidDisputedClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDisputedClaim()
func (disputeGameFactory *DisputeGameFactory) UnpackInvalidDisputedClaimError(raw []byte) (*DisputeGameFactoryInvalidDisputedClaim, error) {
	out := new(DisputeGameFactoryInvalidDisputedClaim)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "InvalidDisputedClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryInvalidParameters represents a InvalidParameters error raised by the DisputeGameFactory contract.
type DisputeGameFactoryInvalidParameters struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParameters()
func DisputeGameFactoryInvalidParametersErrorID() common.Hash {
	return common.HexToHash("0xe52390909f87229f872871b8ab57a0e139663fb951ac6346f3852d332ca460b7")
}

// UnpackInvalidParametersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParameters()
func (disputeGameFactory *DisputeGameFactory) UnpackInvalidParametersError(raw []byte) (*DisputeGameFactoryInvalidParameters, error) {
	out := new(DisputeGameFactoryInvalidParameters)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "InvalidParameters", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryNoCreditToClaim represents a NoCreditToClaim error raised by the DisputeGameFactory contract.
type DisputeGameFactoryNoCreditToClaim struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCreditToClaim()
func DisputeGameFactoryNoCreditToClaimErrorID() common.Hash {
	return common.HexToHash("0x17bfe5f7d7fd188c20abe720cb7c05bd07f35f22d2b3b3d3164d9c6707ef91d9")
}

// UnpackNoCreditToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCreditToClaim()
func (disputeGameFactory *DisputeGameFactory) UnpackNoCreditToClaimError(raw []byte) (*DisputeGameFactoryNoCreditToClaim, error) {
	out := new(DisputeGameFactoryNoCreditToClaim)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "NoCreditToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryNoSequencerClaim represents a NoSequencerClaim error raised by the DisputeGameFactory contract.
type DisputeGameFactoryNoSequencerClaim struct {
	Number uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSequencerClaim(uint64 number)
func DisputeGameFactoryNoSequencerClaimErrorID() common.Hash {
	return common.HexToHash("0xe7748060f6e0e2a3eebbe5f4ee2c2de9296867ce3e2b8ccd80edee1a6d20eaa8")
}

// UnpackNoSequencerClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSequencerClaim(uint64 number)
func (disputeGameFactory *DisputeGameFactory) UnpackNoSequencerClaimError(raw []byte) (*DisputeGameFactoryNoSequencerClaim, error) {
	out := new(DisputeGameFactoryNoSequencerClaim)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "NoSequencerClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryNoTraceAncestor represents a NoTraceAncestor error raised by the DisputeGameFactory contract.
type DisputeGameFactoryNoTraceAncestor struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoTraceAncestor()
func DisputeGameFactoryNoTraceAncestorErrorID() common.Hash {
	return common.HexToHash("0x96cff7302e76fdcfd2174969aac59eeb4223d1a4aee83435ba1ce5ff96f80b1d")
}

// UnpackNoTraceAncestorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoTraceAncestor()
func (disputeGameFactory *DisputeGameFactory) UnpackNoTraceAncestorError(raw []byte) (*DisputeGameFactoryNoTraceAncestor, error) {
	out := new(DisputeGameFactoryNoTraceAncestor)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "NoTraceAncestor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryNotMaxDepth represents a NotMaxDepth error raised by the DisputeGameFactory contract.
type DisputeGameFactoryNotMaxDepth struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMaxDepth()
func DisputeGameFactoryNotMaxDepthErrorID() common.Hash {
	return common.HexToHash("0x1b00ddca353bbd3145107c07da63b9cd26cd981160c8048ef144000e9d4b633d")
}

// UnpackNotMaxDepthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMaxDepth()
func (disputeGameFactory *DisputeGameFactory) UnpackNotMaxDepthError(raw []byte) (*DisputeGameFactoryNotMaxDepth, error) {
	out := new(DisputeGameFactoryNotMaxDepth)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "NotMaxDepth", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryNotSlashable represents a NotSlashable error raised by the DisputeGameFactory contract.
type DisputeGameFactoryNotSlashable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSlashable()
func DisputeGameFactoryNotSlashableErrorID() common.Hash {
	return common.HexToHash("0x933dc8a0f8f6f738532b439fc5853d51bd2bd1bd3628f6daf9fb92e6a0989b2c")
}

// UnpackNotSlashableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSlashable()
func (disputeGameFactory *DisputeGameFactory) UnpackNotSlashableError(raw []byte) (*DisputeGameFactoryNotSlashable, error) {
	out := new(DisputeGameFactoryNotSlashable)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "NotSlashable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryOutOfOrderResolution represents a OutOfOrderResolution error raised by the DisputeGameFactory contract.
type DisputeGameFactoryOutOfOrderResolution struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutOfOrderResolution()
func DisputeGameFactoryOutOfOrderResolutionErrorID() common.Hash {
	return common.HexToHash("0x9a076646f50b959707266a442c401170040a5a8af908d61e1d3d5902b84c8241")
}

// UnpackOutOfOrderResolutionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutOfOrderResolution()
func (disputeGameFactory *DisputeGameFactory) UnpackOutOfOrderResolutionError(raw []byte) (*DisputeGameFactoryOutOfOrderResolution, error) {
	out := new(DisputeGameFactoryOutOfOrderResolution)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "OutOfOrderResolution", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactorySignersMismatch represents a SignersMismatch error raised by the DisputeGameFactory contract.
type DisputeGameFactorySignersMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignersMismatch()
func DisputeGameFactorySignersMismatchErrorID() common.Hash {
	return common.HexToHash("0x74ef6df74e8858e304b1cfcd0bbfed423888dcc3ee69d992392d3abd696f98f2")
}

// UnpackSignersMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignersMismatch()
func (disputeGameFactory *DisputeGameFactory) UnpackSignersMismatchError(raw []byte) (*DisputeGameFactorySignersMismatch, error) {
	out := new(DisputeGameFactorySignersMismatch)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "SignersMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryStepNotInBatch represents a StepNotInBatch error raised by the DisputeGameFactory contract.
type DisputeGameFactoryStepNotInBatch struct {
	Number        uint64
	TracePosition uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StepNotInBatch(uint64 number, uint64 tracePosition)
func DisputeGameFactoryStepNotInBatchErrorID() common.Hash {
	return common.HexToHash("0xf5c763e7a13d71908f3d524325be4007f48d7b9c38c6a2e441fa878482cc4dbd")
}

// UnpackStepNotInBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StepNotInBatch(uint64 number, uint64 tracePosition)
func (disputeGameFactory *DisputeGameFactory) UnpackStepNotInBatchError(raw []byte) (*DisputeGameFactoryStepNotInBatch, error) {
	out := new(DisputeGameFactoryStepNotInBatch)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "StepNotInBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryTraceTooLong represents a TraceTooLong error raised by the DisputeGameFactory contract.
type DisputeGameFactoryTraceTooLong struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TraceTooLong()
func DisputeGameFactoryTraceTooLongErrorID() common.Hash {
	return common.HexToHash("0xf7d95dbfb246aa3556c80da11e9416a15c7684e0d7d3fe60457d1154c5f39849")
}

// UnpackTraceTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TraceTooLong()
func (disputeGameFactory *DisputeGameFactory) UnpackTraceTooLongError(raw []byte) (*DisputeGameFactoryTraceTooLong, error) {
	out := new(DisputeGameFactoryTraceTooLong)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "TraceTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryTransferFailed represents a TransferFailed error raised by the DisputeGameFactory contract.
type DisputeGameFactoryTransferFailed struct {
	Recipient common.Address
	Amount    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address recipient, uint256 amount)
func DisputeGameFactoryTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address recipient, uint256 amount)
func (disputeGameFactory *DisputeGameFactory) UnpackTransferFailedError(raw []byte) (*DisputeGameFactoryTransferFailed, error) {
	out := new(DisputeGameFactoryTransferFailed)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryUnknownBatch represents a UnknownBatch error raised by the DisputeGameFactory contract.
type DisputeGameFactoryUnknownBatch struct {
	Number uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownBatch(uint64 number)
func DisputeGameFactoryUnknownBatchErrorID() common.Hash {
	return common.HexToHash("0x29323ffff0d2ae0465a5a02be95b40fbdb0fc0656d05f820f3904c4580a7b0c1")
}

// UnpackUnknownBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownBatch(uint64 number)
func (disputeGameFactory *DisputeGameFactory) UnpackUnknownBatchError(raw []byte) (*DisputeGameFactoryUnknownBatch, error) {
	out := new(DisputeGameFactoryUnknownBatch)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "UnknownBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryUnknownGame represents a UnknownGame error raised by the DisputeGameFactory contract.
type DisputeGameFactoryUnknownGame struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownGame(uint256 gameId)
func DisputeGameFactoryUnknownGameErrorID() common.Hash {
	return common.HexToHash("0xc006e93f4a4e00aa2ee469ba931a709192bce33e7b1f52a163a645fc2ef79abe")
}

// UnpackUnknownGameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownGame(uint256 gameId)
func (disputeGameFactory *DisputeGameFactory) UnpackUnknownGameError(raw []byte) (*DisputeGameFactoryUnknownGame, error) {
	out := new(DisputeGameFactoryUnknownGame)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "UnknownGame", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryValidStep represents a ValidStep error raised by the DisputeGameFactory contract.
type DisputeGameFactoryValidStep struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValidStep()
func DisputeGameFactoryValidStepErrorID() common.Hash {
	return common.HexToHash("0xfb4e40dd0a71e27e7e652a857134596cf705a1842e95bafebd9363da6085b598")
}

// UnpackValidStepError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValidStep()
func (disputeGameFactory *DisputeGameFactory) UnpackValidStepError(raw []byte) (*DisputeGameFactoryValidStep, error) {
	out := new(DisputeGameFactoryValidStep)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "ValidStep", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryWrongBatchHeader represents a WrongBatchHeader error raised by the DisputeGameFactory contract.
type DisputeGameFactoryWrongBatchHeader struct {
	Number uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBatchHeader(uint64 number)
func DisputeGameFactoryWrongBatchHeaderErrorID() common.Hash {
	return common.HexToHash("0x6ee41dafe486243a3504e87cf718067a793bfb182a9c1cd944581dfe39dfe356")
}

// UnpackWrongBatchHeaderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBatchHeader(uint64 number)
func (disputeGameFactory *DisputeGameFactory) UnpackWrongBatchHeaderError(raw []byte) (*DisputeGameFactoryWrongBatchHeader, error) {
	out := new(DisputeGameFactoryWrongBatchHeader)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "WrongBatchHeader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryWrongElementKind represents a WrongElementKind error raised by the DisputeGameFactory contract.
type DisputeGameFactoryWrongElementKind struct {
	Kind uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongElementKind(uint8 kind)
func DisputeGameFactoryWrongElementKindErrorID() common.Hash {
	return common.HexToHash("0xa0490f8a79ad5dc3fea5046ca352e57dc3362c9bb79904d0caf05264302668ed")
}

// UnpackWrongElementKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongElementKind(uint8 kind)
func (disputeGameFactory *DisputeGameFactory) UnpackWrongElementKindError(raw []byte) (*DisputeGameFactoryWrongElementKind, error) {
	out := new(DisputeGameFactoryWrongElementKind)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "WrongElementKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}
