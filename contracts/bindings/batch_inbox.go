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

// BatchHeader is an auto generated low-level Go binding around an user-defined struct.
type BatchHeader struct {
	Number      uint64
	ParentHash  [32]byte
	QueueStart  uint64
	QueueEnd    uint64
	TxCount     uint32
	TxRoot      [32]byte
	DataHash    [32]byte
	DataRoot    [32]byte
	DataLength  uint32
	StateRoot   [32]byte
	L2Timestamp uint64
}

// BatchInboxBatch is an auto generated low-level Go binding around an user-defined struct.
type BatchInboxBatch struct {
	HeaderHash  [32]byte
	SignersHash [32]byte
	CumTrace    uint64
	PostedAt    uint64
	DaMode      uint8
	Forced      bool
	IsVoid      bool
}

// BatchInboxMetaData contains all meta data concerning the BatchInbox contract.
var BatchInboxMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractInbox\",\"name\":\"inbox_\",\"type\":\"address\"},{\"internalType\":\"contractSequencerSet\",\"name\":\"sequencerSet_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"forceGrace_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"malformedWindow_\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"maxBatchTxs_\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxBatchBytes_\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BatchAlreadyVoid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BatchNotMalformed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"dataLength\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"BatchTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DAAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"mode\",\"type\":\"uint8\"}],\"name\":\"DAModeUnsupported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"actual\",\"type\":\"bytes32\"}],\"name\":\"DataHashMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"actual\",\"type\":\"uint256\"}],\"name\":\"DataLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"}],\"name\":\"DataRootNotZero\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DataRootZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signerA\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"signerB\",\"type\":\"address\"}],\"name\":\"DifferentSigners\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"EquivocationAlreadyProven\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"oldestEntry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"opensAfter\",\"type\":\"uint256\"}],\"name\":\"EscapeHatchClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"HeaderMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"signedPower\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"totalPower\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"previous\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"L2TimestampDecreased\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"MalformedWindowClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoUnconsumedEntries\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"}],\"name\":\"NotAllowedToPost\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDAChallenge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDeployer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"numberA\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"numberB\",\"type\":\"uint64\"}],\"name\":\"NumberMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"origin\",\"type\":\"address\"}],\"name\":\"OriginHasCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"overdueCount\",\"type\":\"uint64\"}],\"name\":\"OverdueNotConsumed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"parentA\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"parentB\",\"type\":\"bytes32\"}],\"name\":\"ParentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"}],\"name\":\"PosterNotOrigin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"inboxLength\",\"type\":\"uint64\"}],\"name\":\"QueueBeyondInbox\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"QueueDiscontinuity\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"}],\"name\":\"QueueRangeInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"}],\"name\":\"SameHeader\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"SignatureHighS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"SignerNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"SignersMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"SignersNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"txCount\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"TooManyTxs\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedBatchData\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedDACert\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"UnknownBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"UnknownSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"WrongBatchNumber\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"WrongParentHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroForceGrace\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroMalformedWindow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroMaxBatchBytes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroMaxBatchTxs\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"attesters\",\"type\":\"uint256[]\"}],\"name\":\"BatchAttested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"queueStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"txCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"dataLength\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2Timestamp\",\"type\":\"uint64\"}],\"indexed\":false,\"internalType\":\"structBatchHeader\",\"name\":\"header\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"cumTrace\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"daMode\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"}],\"name\":\"BatchPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"BatchVoided\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"daCommittee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"daChallenge\",\"type\":\"address\"}],\"name\":\"DASet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"headerHashA\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"headerHashB\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"EquivocationProven\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BATCH_HEADER_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DA_MODE_CALLDATA\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DA_MODE_CERTIFICATE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EMPTY_DATA_HASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EMPTY_SIGNERS_HASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FORCED_BATCH_PENALTY_DIVISOR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VOID_DATA_LENGTH\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VOID_DA_UNAVAILABLE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VOID_MALFORMED_RLP\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VOID_TX_COUNT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VOID_TX_ROOT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"}],\"name\":\"attestersHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"}],\"name\":\"batch\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"signersHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"cumTrace\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"postedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"daMode\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"isVoid\",\"type\":\"bool\"}],\"internalType\":\"structBatchInbox.Batch\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"chainHead\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash_\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2Timestamp\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"},{\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"checkSigners\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"}],\"name\":\"cumTrace\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"daChallenge\",\"outputs\":[{\"internalType\":\"contractIDAChallenge\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"daChallengePending\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"daCommittee\",\"outputs\":[{\"internalType\":\"contractIDACommittee\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escapeHatch\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"pending\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"oldestEntry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"opensAfter\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forceGrace\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedBatchPenalty\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"queueStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"txCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"dataLength\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2Timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structBatchHeader\",\"name\":\"h\",\"type\":\"tuple\"}],\"name\":\"hashHeader\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"}],\"name\":\"headerHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inbox\",\"outputs\":[{\"internalType\":\"contractInbox\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inclusionWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"inspectBatchData\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"}],\"name\":\"isForced\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"}],\"name\":\"isVoid\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestBatch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"}],\"name\":\"malformedDeadline\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"malformedWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxBatchBytes\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxBatchTxs\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"queueStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"txCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"dataLength\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2Timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structBatchHeader\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"},{\"internalType\":\"uint8\",\"name\":\"daMode\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"daCert\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"postBatch\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"hh\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"postForcedBatch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"}],\"name\":\"postedAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"queueStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"txCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"dataLength\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2Timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structBatchHeader\",\"name\":\"a\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigA\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"queueStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"txCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"dataLength\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2Timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structBatchHeader\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigB\",\"type\":\"bytes\"}],\"name\":\"proveEquivocation\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"queueStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"txCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"dataLength\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2Timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structBatchHeader\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"proveMalformed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"signerWeights\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"memberWeights\",\"type\":\"uint256[]\"}],\"name\":\"quorumOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"signedPower\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"totalPower\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"met\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencerSet\",\"outputs\":[{\"internalType\":\"contractSequencerSet\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIDACommittee\",\"name\":\"committee\",\"type\":\"address\"},{\"internalType\":\"contractIDAChallenge\",\"name\":\"challenge\",\"type\":\"address\"}],\"name\":\"setDA\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"}],\"name\":\"signersHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"queueStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"txCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"dataLength\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2Timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structBatchHeader\",\"name\":\"h\",\"type\":\"tuple\"}],\"name\":\"signingDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"voidByDAChallenge\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "BatchInbox",
	Bin: "0x6101e0604052348015610010575f5ffd5b506040516144ef3803806144ef83398101604081905261002f91610325565b6001600160a01b038616158061004c57506001600160a01b038516155b1561006a5760405163d92e233d60e01b815260040160405180910390fd5b836001600160401b03165f036100925760405162ba1d6160e71b815260040160405180910390fd5b826001600160401b03165f036100bb5760405163a43111f760e01b815260040160405180910390fd5b8163ffffffff165f036100e15760405163b63f6d7560e01b815260040160405180910390fd5b8063ffffffff165f036101075760405163ad12e3cd60e01b815260040160405180910390fd5b6001600160a01b03808716608081905290861660a0526040805163e88816e760e01b8152905163e88816e7916004808201926020929091908290030181865afa158015610156573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061017a919061039a565b6001600160401b0390811660c05284811660e05283166101005263ffffffff808316610120528116610140526040805163831518b760e01b81529051600a916001600160a01b0388169163831518b7916004808201926020929091908290030181865afa1580156101ed573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061021191906103ba565b61021b91906103d1565b6101605246610180526102cb604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fe07a6aeafbaf38f5d49a82b73624b3667e687e7fab77cd9b4cb95baa99555959918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b6101a0525050336101c052506103f092505050565b6001600160a01b03811681146102f4575f5ffd5b50565b80516001600160401b038116811461030d575f5ffd5b919050565b805163ffffffff8116811461030d575f5ffd5b5f5f5f5f5f5f60c0878903121561033a575f5ffd5b8651610345816102e0565b6020880151909650610356816102e0565b9450610364604088016102f7565b9350610372606088016102f7565b925061038060808801610312565b915061038e60a08801610312565b90509295509295509295565b5f602082840312156103aa575f5ffd5b6103b3826102f7565b9392505050565b5f602082840312156103ca575f5ffd5b5051919050565b5f826103eb57634e487b7160e01b5f52601260045260245ffd5b500490565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c051613fd061051f5f395f818161070d015261159e01525f61202c01525f611f5d01525f81816106b001526111ec01525f8181610435015281816127d4015261284001525f818161056101528181612736015261279e01525f81816103510152818161150901526117d401525f818161080601528181610b6e0152610de301525f818161079a01528181610b980152610d9701525f818161077301528181610fff0152818161107a01528181611176015281816119c801528181611cda01528181611e280152612b6901525f818161083501528181610a3601528181610af601528181610c5b01528181610d2101528181610eab0152818161256001526126490152613fd05ff3fe608060405234801561000f575f5ffd5b5060043610610296575f3560e01c806395934bae11610161578063da32c6fd116100ca578063e930dad111610084578063e930dad1146107ee578063f14fc22c14610801578063f698da2514610828578063fb0e722b14610830578063fe9aa4cf14610857578063ff4684c51461086a575f5ffd5b8063da32c6fd1461074b578063db22d43c14610753578063e2a222d314610766578063e3704f3f1461076e578063e88816e714610795578063e8fda2e0146107bc575f5ffd5b8063a8c867791161011b578063a8c86779146106ed578063ac1a10e0146106e5578063ceb3b9c2146106f5578063d5f3948814610708578063d62a0c6c1461072f578063d6d6fbdb14610744575f5ffd5b806395934bae14610674578063959d667114610687578063a1651fe21461069a578063a2ba64a2146106ab578063a46032e6146106d2578063a62b80ce146106e5575f5ffd5b806338981b8b11610203578063707de359116101bd578063707de3591461058357806370992764146105965780637112590b146105a957806375bb20f3146105bb578063857553cc146105c35780638611f83c14610644575f5ffd5b806338981b8b146104c1578063541b3976146104d457806364a171ba146104fb578063661ce3901461050e57806367869f67146105355780636e8406cf1461055c575f5ffd5b806320606b701161025457806320606b70146103fb57806320f1d6db1461043057806335548e8d1461046c57806335c407d21461048657806336e36e821461048e578063388aae48146104b9575f5ffd5b80628f51c61461029a5780630e34fd38146103295780630e44743d1461034c578063124597821461038b5780631554611f146103bb5780631e0d1387146103e8575b5f5ffd5b6102f1604080516060810182526004546001600160401b03808216808452600160401b830482166020808601918252600160801b9094049092169385019384525f8181526002909352939091205490519151909293565b604080516001600160401b03958616815260208101949094529184169183019190915290911660608201526080015b60405180910390f35b61033c610337366004613436565b61087d565b6040519015158152602001610320565b6103737f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b039091168152602001610320565b61039e6103993660046134ad565b610984565b604080519384526020840192909252151590820152606001610320565b6103c3610a17565b6040805193151584526001600160401b03909216602084015290820152606001610320565b6103736103f6366004613517565b610bea565b6104227f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f81565b604051908152602001610320565b6104577f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff9091168152602001610320565b610474600281565b60405160ff9091168152602001610320565b610422600a81565b6001546104a1906001600160a01b031681565b6040516001600160a01b039091168152602001610320565b610373610c07565b6104226104cf366004613517565b611266565b6104227f42283defeb95482d4a9e9e7da41617799584e5d2806a4c72b286a6a6b4a8c8f581565b610422610509366004613543565b61127a565b6104227f1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d4934781565b6104227fc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a47081565b6104577f000000000000000000000000000000000000000000000000000000000000000081565b61042261059136600461359b565b611292565b61033c6105a4366004613664565b6113df565b5f546104a1906001600160a01b031681565b610474600481565b6105d66105d1366004613517565b611421565b60405161032091905f60e08201905082518252602083015160208301526001600160401b0360408401511660408301526001600160401b03606084015116606083015260ff608084015116608083015260a0830151151560a083015260c0830151151560c083015292915050565b6106576106523660046136b4565b6114d7565b604080519315158452602084019290925290820152606001610320565b610422610682366004613517565b6114f5565b610373610695366004613517565b611506565b6004546001600160401b0316610373565b6104227f000000000000000000000000000000000000000000000000000000000000000081565b6104226106e0366004613517565b61154f565b610474600181565b610474600581565b61033c610703366004613517565b611575565b6104a17f000000000000000000000000000000000000000000000000000000000000000081565b61074261073d3660046136fb565b611593565b005b6104745f81565b61033c6116af565b610742610761366004613717565b61173f565b610474600381565b6104a17f000000000000000000000000000000000000000000000000000000000000000081565b6103737f000000000000000000000000000000000000000000000000000000000000000081565b6107cf6107ca366004613799565b611aa6565b604080516001600160a01b039093168352602083019190915201610320565b61033c6107fc366004613517565b611ea3565b6103737f000000000000000000000000000000000000000000000000000000000000000081565b610422611f5a565b6104a17f000000000000000000000000000000000000000000000000000000000000000081565b610373610865366004613517565b61204e565b610422610878366004613543565b612072565b6001545f906001600160a01b031633141580610897575033155b156108bc57604051631ba698f560e31b81523360048201526024015b60405180910390fd5b5f6108c68461208d565b9050836001600160401b03165f036108fc576040516329323fff60e01b81526001600160401b03851660048201526024016108b3565b6002810154600160901b900460ff1615610919575f91505061097e565b60028101805460ff60901b1916600160901b179055604051600581526001600160a01b038416906001600160401b038616907f9bacfa59be565c29ad96633bcf7044586f6f04896716d02054626f6b53ea36dd9060200160405180910390a360019150505b92915050565b5f5f5f6109c28787808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152506120e492505050565b92506109ff8585808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152506120e492505050565b9150610a0b8383612133565b90509450945094915050565b5f5f5f60045f0160089054906101000a90046001600160401b031691507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316631f7b6d326040518163ffffffff1660e01b8152600401602060405180830381865afa158015610a90573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ab4919061382e565b6001600160401b0316826001600160401b031610610ad657505f929091508290565b604051636ced947d60e01b81526001600160401b03831660048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636ced947d906024016040805180830381865afa158015610b42573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b669190613849565b9150506001837f00000000000000000000000000000000000000000000000000000000000000006001600160401b03167f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316846001600160401b0316610bd49190613880565b610bde9190613880565b93509350935050909192565b5f610bf48261208d565b600201546001600160401b031692915050565b60408051606081018252600480546001600160401b038082168452600160401b82048116602080860191909152600160801b90920416838501528351630fbdb69960e11b815293515f946001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001693631f7b6d32938282019390929091908290030181865afa158015610ca2573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610cc6919061382e565b6001600160401b031681602001516001600160401b031610610cfb57604051633cfc4e7f60e21b815260040160405180910390fd5b6020810151604051636ced947d60e01b81526001600160401b0390911660048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636ced947d906024016040805180830381865afa158015610d6d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d919190613849565b9150505f7f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316826001600160401b0316610dd39190613880565b90505f610e096001600160401b037f00000000000000000000000000000000000000000000000000000000000000001683613880565b9050804211610e465760208401516040516001621b801b60e11b031981526001600160401b039091166004820152602481018290526044016108b3565b8351610e53906001613893565b94505f604051806101600160405280876001600160401b0316815260200160025f885f01516001600160401b031681526020019081526020015f205f0154815260200186602001516001600160401b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663cfd0fa496040518163ffffffff1660e01b8152600401602060405180830381865afa158015610f05573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f29919061382e565b6001600160401b031681526020015f63ffffffff1681526020015f5f1b81526020017f1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d4934781526020015f5f1b8152602001600163ffffffff1681526020015f5f1b815260200186604001516001600160401b03164211610fac578660400151610fae565b425b6001600160401b031690529050610fdf81610fc88161215d565b604080515f8082526020820190925290600161218c565b604051630da05f1360e41b81526001600160401b03841660048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063bd997c5a90829063da05f13090602401602060405180830381865afa158015611054573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611078919061382e565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633359632e6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156110d4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110f8919061382e565b6040516001600160e01b031960e085901b1681526001600160401b039283166004820152911660248201526044015f60405180830381865afa158015611140573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526111679190810190613941565b90505f5b815181101561125c577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663e74f82398383815181106111b5576111b56139d5565b60209081029190910101516040516001600160e01b031960e084901b1681526001600160a01b0390911660048201523360248201527f000000000000000000000000000000000000000000000000000000000000000060448201526064016020604051808303815f875af115801561122f573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061125391906139e9565b5060010161116b565b5050505050505090565b5f6112708261208d565b6001015492915050565b5f61097e61128d36849003840184613a13565b61215d565b604080516060810182526004546001600160401b038082168352600160401b820481166020840152600160801b90910416918101919091525f906112d68a826123a9565b5f6112e58b89898989896128e8565b90506112f961128d368d90038d018d613a13565b925061132061130d368d90038d018d613a13565b84611319868e8e612b55565b8b5f61218c565b5f1960ff8916016113d1578060405160200161133c9190613acc565b6040516020818303038152906040528051906020012060035f8d5f0160208101906113679190613517565b6001600160401b031681526020808201929092526040015f2091909155611390908c018c613517565b6001600160401b03167fd99503cb292b1b038aaee196860ac317e118ac0c8a87fc7b820aa32b68f152c9826040516113c89190613b01565b60405180910390a25b505098975050505050505050565b5f6113e98461208d565b600101548383604051602001611400929190613b43565b604051602081830303815290604052805190602001201490505b9392505050565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c08101919091526114628261208d565b6040805160e08101825282548152600183015460208201526002909201546001600160401b0380821692840192909252600160401b8104909116606083015260ff600160801b820481166080840152600160881b82048116151560a0840152600160901b90910416151560c082015292915050565b5f5f5f6114e5868686612c32565b9250925092505b93509350939050565b5f6114ff8261208d565b5492915050565b5f7f00000000000000000000000000000000000000000000000000000000000000006115318361208d565b6002015461097e9190600160401b90046001600160401b0316613893565b5f6115598261208d565b50506001600160401b03165f9081526003602052604090205490565b5f61157f8261208d565b60020154600160881b900460ff1692915050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146115de57604051630646601b60e11b81523360048201526024016108b3565b5f546001600160a01b0316156116075760405163b9ac296f60e01b815260040160405180910390fd5b6001600160a01b038216158061162457506001600160a01b038116155b156116425760405163d92e233d60e01b815260040160405180910390fd5b5f80546001600160a01b038481166001600160a01b03199283168117909355600180549185169190921681179091556040805192835260208301919091527f71521a0321d717997da1de1f7e732ac47cac922dd603a37575a45fe0152d4227910160405180910390a15050565b6001545f906001600160a01b03161580159061173a575060015f9054906101000a90046001600160a01b03166001600160a01b03166334b33f5b6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611716573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061173a9190613b88565b905090565b5f61174d6020870187613517565b90505f6117598261208d565b9050816001600160401b03165f0361178f576040516329323fff60e01b81526001600160401b03831660048201526024016108b3565b6002810154600160901b900460ff16156117c75760405163033da79760e51b81526001600160401b03831660048201526024016108b3565b60028101545f90611809907f000000000000000000000000000000000000000000000000000000000000000090600160401b90046001600160401b0316613893565b9050806001600160401b0316421115611848576040516372fc92c360e01b81526001600160401b038085166004830152821660248201526044016108b3565b815461185c61128d368b90038b018b613a13565b14611885576040516335ad569d60e11b81526001600160401b03841660048201526024016108b3565b8160010154878760405160200161189d929190613b43565b60405160208183030381529060405280519060200120146118dc576040516377259ec960e11b81526001600160401b03841660048201526024016108b3565b5f85856040516118ed929190613ba1565b604051809103902090508860c00135811461192857604051636f205f0f60e11b815260c08a01356004820152602481018290526044016108b3565b5f6119348a8888612e1d565b90508060ff165f036119645760405163380d3d4360e21b81526001600160401b03861660048201526024016108b3565b60028401805460ff60901b1916600160901b17905560405160ff8216815233906001600160401b038716907f9bacfa59be565c29ad96633bcf7044586f6f04896716d02054626f6b53ea36dd9060200160405180910390a35f5b88811015611a99577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663e74f82398b8b84818110611a0757611a076139d5565b9050602002016020810190611a1c9190613bb0565b6040516001600160e01b031960e084901b1681526001600160a01b0390911660048201523360248201525f1960448201526064016020604051808303815f875af1158015611a6c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a9091906139e9565b506001016119be565b5050505050505050505050565b5f80611ab56020860186613517565b6001600160401b0316611acb60208a018a613517565b6001600160401b031614611b1f57611ae66020890189613517565b611af36020870187613517565b6040516313bfc33960e21b81526001600160401b039283166004820152911660248201526044016108b3565b8460200135886020013514611b56576040516359b3f2d360e01b81526020808a0135600483015286013560248201526044016108b3565b5f611b6961128d368b90038b018b613a13565b90505f611b7e61128d36899003890189613a13565b9050808203611ba357604051630e873dc760e21b8152600481018390526024016108b3565b611bb7611baf83612ecd565b8a8a5f612f62565b93505f611bcf611bc683612ecd565b88886001612f62565b9050846001600160a01b0316816001600160a01b031614611c165760405163294c3acf60e21b81526001600160a01b038087166004830152821660248201526044016108b3565b5f85611c2560208e018e613517565b604080516001600160a01b0390931660208401526001600160401b039091169082015260600160408051601f1981840301815291815281516020928301205f818152600590935291205490915060ff1615611cbb5785611c8860208e018e613517565b604051635fc0edbb60e11b81526001600160a01b0390921660048301526001600160401b031660248201526044016108b3565b604051630213119b60e51b81526001600160a01b0387811660048301527f00000000000000000000000000000000000000000000000000000000000000001690634262336090602401602060405180830381865afa158015611d1f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611d4391906139e9565b5f03611d6d57604051636bf4516160e11b81526001600160a01b03871660048201526024016108b3565b5f818152600560209081526040909120805460ff19166001179055611d94908d018d613517565b6001600160401b0316866001600160a01b03167f6bf1d5cdcff7f64a67de627631ec48080c59c3d6b75d3e15f173283a4d6f7fca868633604051611df49392919092835260208301919091526001600160a01b0316604082015260600190565b60405180910390a360405163e74f823960e01b81526001600160a01b0387811660048301523360248301525f1960448301527f0000000000000000000000000000000000000000000000000000000000000000169063e74f8239906064016020604051808303815f875af1158015611e6e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e9291906139e9565b945050505050965096945050505050565b5f5f611eae8361208d565b6002810154909150600160901b900460ff1615611ece5750600192915050565b6002810154600160801b900460ff16600114801561141a57506001546040516303bf2f8960e51b81526001600160401b03851660048201526001600160a01b03909116906377e5f12090602401602060405180830381865afa158015611f36573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061141a9190613b88565b5f7f000000000000000000000000000000000000000000000000000000000000000046146120295761173a604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fe07a6aeafbaf38f5d49a82b73624b3667e687e7fab77cd9b4cb95baa99555959918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b507f000000000000000000000000000000000000000000000000000000000000000090565b5f6120588261208d565b60020154600160401b90046001600160401b031692915050565b5f61097e61208861128d36859003850185613a13565b612ecd565b6004545f906001600160401b0390811690831611156120ca576040516329323fff60e01b81526001600160401b03831660048201526024016108b3565b506001600160401b03165f90815260026020526040902090565b5f805b825181101561212d57633b9aca00838281518110612107576121076139d5565b60200260200101516121199190613bcb565b6121239083613880565b91506001016120e7565b50919050565b5f821580159061141a5750612149826002613bea565b612154846003613bea565b10159392505050565b5f8160405160200161216f9190613ccb565b604051602081830303815290604052805190602001209050919050565b5f856080015163ffffffff16866040015187606001516121ac9190613cda565b60025f60018a5f01516121bf9190613cda565b6001600160401b03908116825260208201929092526040015f20600201546121e8929116613893565b6121f29190613893565b90506040518060e00160405280868152602001856040516020016122169190613cf9565b60408051808303601f19018152918152815160209283012083526001600160401b03858116848401524281168483015260ff8881166060808701919091528815156080808801919091525f60a09788018190528e51851681526002808852908690208951815589880151600182015589870151910180548a850151938b0151998b015160c0909b01519287166fffffffffffffffffffffffffffffffff1991821617600160401b94881685021761ffff60801b1916600160801b9a9096168a0260ff60881b191695909517600160881b9a15159a909a029990991760ff60901b1916600160901b9115159190910217909755835180820185528d518416808252918e015184169581018690526101408e0151841690850181905260048054909316909117949096029390931767ffffffffffffffff60801b191694909302939093179055875191513392889216907fed3e2ac24e90576af190f12287a44231d46e77a8669e61517b14923c8883319490612399908b908a9088908b908b90613d6f565b60405180910390a4505050505050565b80516123b6906001613893565b6001600160401b03166123cc6020840184613517565b6001600160401b0316146124205780516123e7906001613893565b6123f46020840184613517565b60405163f6d1afa360e01b81526001600160401b039283166004820152911660248201526044016108b3565b80516001600160401b03165f9081526002602090815260409091205490830135811461246c57604051633175400960e01b815260048101829052602084013560248201526044016108b3565b60208201516001600160401b031661248a6060850160408601613517565b6001600160401b0316146124d95760208201516124ad6060850160408601613517565b604051638d5049fb60e01b81526001600160401b039283166004820152911660248201526044016108b3565b6124e96060840160408501613517565b6001600160401b03166125026080850160608601613517565b6001600160401b0316101561255d576125216060840160408501613517565b6125316080850160608601613517565b604051631e5711cb60e11b81526001600160401b039283166004820152911660248201526044016108b3565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316631f7b6d326040518163ffffffff1660e01b8152600401602060405180830381865afa1580156125ba573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125de919061382e565b90506001600160401b0381166125fa6080860160608701613517565b6001600160401b03161115612646576126196080850160608601613517565b6040516373ddc10f60e11b81526001600160401b03918216600482015290821660248201526044016108b3565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663cfd0fa496040518163ffffffff1660e01b8152600401602060405180830381865afa1580156126a3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906126c7919061382e565b90506001600160401b0381166126e36080870160608801613517565b6001600160401b0316101561272f576127026080860160608701613517565b604051630ea5fc0760e41b81526001600160401b03918216600482015290821660248201526044016108b3565b63ffffffff7f00000000000000000000000000000000000000000000000000000000000000001661276660a0870160808801613dbf565b63ffffffff1611156127cd5761278260a0860160808701613dbf565b604051637c5ab6b160e11b815263ffffffff91821660048201527f000000000000000000000000000000000000000000000000000000000000000090911660248201526044016108b3565b63ffffffff7f00000000000000000000000000000000000000000000000000000000000000001661280661012087016101008801613dbf565b63ffffffff16111561286f5761282461012086016101008701613dbf565b604051635205feeb60e01b815263ffffffff91821660048201527f000000000000000000000000000000000000000000000000000000000000000090911660248201526044016108b3565b60408401516001600160401b031661288f61016087016101408801613517565b6001600160401b031610156128e15760408401516128b561016087016101408801613517565b60405163cc5802e960e01b81526001600160401b039283166004820152911660248201526044016108b3565b5050505050565b606060ff8616600114801561290657505f546001600160a01b031615155b156129e257811561292a57604051631de805c760e31b815260040160405180910390fd5b60e087013561294c57604051630560e46d60e21b815260040160405180910390fd5b5f546001600160a01b031663bf8d7be060e089013560c08a01356129786101208c016101008d01613dbf565b89896040518663ffffffff1660e01b815260040161299a959493929190613dd8565b5f60405180830381865afa1580156129b4573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526129db9190810190613e86565b9050612b4b565b60ff861615612a0957604051631f9875ab60e21b815260ff871660048201526024016108b3565b333214612a2b576040516344f3610560e11b81523360048201526024016108b3565b323b15612a4d57604051639b911b5f60e01b81523260048201526024016108b3565b8315612a6c57604051637c197cc560e01b815260040160405180910390fd5b60e087013515612a95576040516312473cf360e31b815260e088013560048201526024016108b3565b612aa761012088016101008901613dbf565b63ffffffff168214612aee57612ac561012088016101008901613dbf565b60405163f3015dbf60e01b815263ffffffff9091166004820152602481018390526044016108b3565b5f8383604051612aff929190613ba1565b604051809103902090508760c001358114612b3a57604051636f205f0f60e11b815260c08901356004820152602481018290526044016108b3565b5050604080515f8152602081019091525b9695505050505050565b6060612b628484846130b6565b90505f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663244df25733866040518363ffffffff1660e01b8152600401612bb5929190613ebf565b5f604051808303815f875af1158015612bd0573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052612bf79190810190613ee2565b925092509250612c088483836131ae565b82612c2857604051630a7cb9c760e21b81523360048201526024016108b3565b5050509392505050565b5f5f5f5f5f612c418888613290565b9150915081612c5b57505f93508392508291506114ec9050565b604051878901828a01600197505b81811015612d845780355f1a816001607f831115612d445760bf831115612c95575f9a50505050612d84565b60b8831060018114612d035760b78403806001870101935086841115612cc2575f9c505050505050612d84565b6001860135805f1a612cdc575f9d50505050505050612d84565b60039190911b610100031c91506038821015612cfe575f9b5050505050612d84565b612d42565b60808403915060018501925060018203612d4257858310612d2a575f9b5050505050612d84565b608083355f1a1015612d42575f9b5050505050612d84565b505b808201925084831115612d5c575f9a50505050612d84565b60018a0160051b8601818382372060058a901b86015250600190970196905088871115612c69575b5050855f8114612e0c57878611158615151615612e075760015b86811015612dae5760011b612d9e565b865b81811015612dc9575f600582901b850152600101612db0565b505b6001811115612e015760011c5f5b81811015612dfb576040600682901b850120600582901b850152600101612dd9565b50612dcb565b50815194505b612e10565b5f95505b5050505093509350939050565b5f808080612e418686612e3660a08b0160808c01613dbf565b63ffffffff16612c32565b92509250925082612e58576001935050505061141a565b612e6860a0880160808901613dbf565b63ffffffff168214612e80576002935050505061141a565b8660a001358114612e97576003935050505061141a565b612ea961012088016101008901613dbf565b63ffffffff168514612ec1576004935050505061141a565b505f9695505050505050565b604080517f42283defeb95482d4a9e9e7da41617799584e5d2806a4c72b286a6a6b4a8c8f560208201529081018290525f908190606001604051602081830303815290604052805190602001209050612f24611f5a565b60405161190160f01b602082015260228101919091526042810182905260620160405160208183030381529060405280519060200120915050919050565b5f60418314612f8e57604051636b0aeb8360e11b815260048101839052602481018490526044016108b3565b5f612f9c6020828688613f37565b612fa591613f5e565b90505f612fb6604060208789613f37565b612fbf91613f5e565b90505f86866040818110612fd557612fd56139d5565b919091013560f81c9150507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08211156130245760405163021bd57160e21b8152600481018690526024016108b3565b604080515f8152602081018083528a905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015613074573d5f5f3e3d5ffd5b5050604051601f1901519450506001600160a01b0384166130ab57604051630a57f30960e31b8152600481018690526024016108b3565b505050949350505050565b60605f6130c285612ecd565b9050826001600160401b038111156130dc576130dc6138b2565b604051908082528060200260200182016040528015613105578160200160208202803683370190505b5091505f805b84811015612c28575f6131428488888581811061312a5761312a6139d5565b905060200281019061313c9190613f7b565b85612f62565b9050826001600160a01b0316816001600160a01b031611613179576040516302a3e21f60e31b8152600481018390526024016108b3565b8085838151811061318c5761318c6139d5565b6001600160a01b0390921660209283029190910190910152915060010161310b565b5f805b8351811015613258578381815181106131cc576131cc6139d5565b60200260200101515f0361322257808582815181106131ed576131ed6139d5565b6020026020010151604051638c6c50e960e01b81526004016108b39291909182526001600160a01b0316602082015260400190565b613244848281518110613237576132376139d5565b6020026020010151613352565b61324e9083613880565b91506001016131b1565b506132638183612133565b61328a576040516322df051360e11b815260048101829052602481018390526044016108b3565b50505050565b5f808281036132a357505f90508061334b565b5f84845f8181106132b6576132b66139d5565b919091013560f81c91505060c08110156132d6575f5f925092505061334b565b5f60f782116132f5576132ea60c083613fbd565b90506001925061333a565b5f61330160f784613fbd565b90505f613312888860018582613361565b935090508061332a575f5f955095505050505061334b565b613335826001613880565b945050505b846133458285613880565b14935050505b9250929050565b5f61097e633b9aca0083613bcb565b5f808261336e8587613880565b111561337e57505f9050806133f1565b868686818110613390576133906139d5565b919091013560f81c5f0390506133aa57505f9050806133f1565b6133b5846008613bea565b6133c190610100613fbd565b8786886133ce8883613880565b926133db93929190613f37565b6133e491613f5e565b6038911c90811015925090505b9550959350505050565b6001600160401b038116811461340f575f5ffd5b50565b803561341d816133fb565b919050565b6001600160a01b038116811461340f575f5ffd5b5f5f60408385031215613447575f5ffd5b8235613452816133fb565b9150602083013561346281613422565b809150509250929050565b5f5f83601f84011261347d575f5ffd5b5081356001600160401b03811115613493575f5ffd5b6020830191508360208260051b850101111561334b575f5ffd5b5f5f5f5f604085870312156134c0575f5ffd5b84356001600160401b038111156134d5575f5ffd5b6134e18782880161346d565b90955093505060208501356001600160401b038111156134ff575f5ffd5b61350b8782880161346d565b95989497509550505050565b5f60208284031215613527575f5ffd5b813561141a816133fb565b5f610160828403121561212d575f5ffd5b5f6101608284031215613554575f5ffd5b61141a8383613532565b5f5f83601f84011261356e575f5ffd5b5081356001600160401b03811115613584575f5ffd5b60208301915083602082850101111561334b575f5ffd5b5f5f5f5f5f5f5f5f6101e0898b0312156135b3575f5ffd5b6135bd8a8a613532565b97506101608901356001600160401b038111156135d8575f5ffd5b6135e48b828c0161346d565b90985096505061018089013560ff811681146135fe575f5ffd5b94506101a08901356001600160401b03811115613619575f5ffd5b6136258b828c0161355e565b9095509350506101c08901356001600160401b03811115613644575f5ffd5b6136508b828c0161355e565b999c989b5096995094979396929594505050565b5f5f5f60408486031215613676575f5ffd5b8335613681816133fb565b925060208401356001600160401b0381111561369b575f5ffd5b6136a78682870161346d565b9497909650939450505050565b5f5f5f604084860312156136c6575f5ffd5b83356001600160401b038111156136db575f5ffd5b6136e78682870161355e565b909790965060209590950135949350505050565b5f5f6040838503121561370c575f5ffd5b823561345281613422565b5f5f5f5f5f6101a0868803121561372c575f5ffd5b6137368787613532565b94506101608601356001600160401b03811115613751575f5ffd5b61375d8882890161346d565b9095509350506101808601356001600160401b0381111561377c575f5ffd5b6137888882890161355e565b969995985093965092949392505050565b5f5f5f5f5f5f61030087890312156137af575f5ffd5b6137b98888613532565b95506101608701356001600160401b038111156137d4575f5ffd5b6137e089828a0161355e565b90965094506137f59050886101808901613532565b92506102e08701356001600160401b03811115613810575f5ffd5b61381c89828a0161355e565b979a9699509497509295939492505050565b5f6020828403121561383e575f5ffd5b815161141a816133fb565b5f5f6040838503121561385a575f5ffd5b825191506020830151613462816133fb565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561097e5761097e61386c565b6001600160401b03818116838216019081111561097e5761097e61386c565b634e487b7160e01b5f52604160045260245ffd5b60405161016081016001600160401b03811182821017156138e9576138e96138b2565b60405290565b604051601f8201601f191681016001600160401b0381118282101715613917576139176138b2565b604052919050565b5f6001600160401b03821115613937576139376138b2565b5060051b60200190565b5f60208284031215613951575f5ffd5b81516001600160401b03811115613966575f5ffd5b8201601f81018413613976575f5ffd5b80516139896139848261391f565b6138ef565b8082825260208201915060208360051b8501019250868311156139aa575f5ffd5b6020840193505b82841015612b4b5783516139c481613422565b8252602093840193909101906139b1565b634e487b7160e01b5f52603260045260245ffd5b5f602082840312156139f9575f5ffd5b5051919050565b803563ffffffff8116811461341d575f5ffd5b5f610160828403128015613a25575f5ffd5b50613a2e6138c6565b613a3783613412565b815260208381013590820152613a4f60408401613412565b6040820152613a6060608401613412565b6060820152613a7160808401613a00565b608082015260a0838101359082015260c0808401359082015260e08084013590820152613aa16101008401613a00565b6101008201526101208381013590820152613abf6101408401613412565b6101408201529392505050565b81515f90829060208501835b82811015613af6578151845260209384019390910190600101613ad8565b509195945050505050565b602080825282518282018190525f918401906040840190835b81811015613b38578351835260209384019390920191600101613b1a565b509095945050505050565b5f8184825b85811015613b38578135613b5b81613422565b6001600160a01b031683526020928301929190910190600101613b48565b8051801515811461341d575f5ffd5b5f60208284031215613b98575f5ffd5b61141a82613b79565b818382375f9101908152919050565b5f60208284031215613bc0575f5ffd5b813561141a81613422565b5f82613be557634e487b7160e01b5f52601260045260245ffd5b500490565b808202811582820484141761097e5761097e61386c565b80516001600160401b03168252602081015160208301526040810151613c3260408401826001600160401b03169052565b506060810151613c4d60608401826001600160401b03169052565b506080810151613c65608084018263ffffffff169052565b5060a081015160a083015260c081015160c083015260e081015160e0830152610100810151613c9d61010084018263ffffffff169052565b50610120810151610120830152610140810151613cc66101408401826001600160401b03169052565b505050565b610160810161097e8284613c01565b6001600160401b03828116828216039081111561097e5761097e61386c565b81515f90829060208501835b82811015613af65781516001600160a01b0316845260209384019390910190600101613d05565b5f8151808452602084019350602083015f5b82811015613d655781516001600160a01b0316865260209586019590910190600101613d3e565b5093949350505050565b613d798187613c01565b6101e06101608201525f613d916101e0830187613d2c565b6001600160401b03959095166101808301525060ff929092166101a083015215156101c09091015292915050565b5f60208284031215613dcf575f5ffd5b61141a82613a00565b85815284602082015263ffffffff8416604082015260806060820152816080820152818360a08301375f81830160a090810191909152601f909201601f19160101949350505050565b5f82601f830112613e30575f5ffd5b8151613e3e6139848261391f565b8082825260208201915060208360051b860101925085831115613e5f575f5ffd5b602085015b83811015613e7c578051835260209283019201613e64565b5095945050505050565b5f60208284031215613e96575f5ffd5b81516001600160401b03811115613eab575f5ffd5b613eb784828501613e21565b949350505050565b6001600160a01b03831681526040602082018190525f90613eb790830184613d2c565b5f5f5f60608486031215613ef4575f5ffd5b613efd84613b79565b925060208401516001600160401b03811115613f17575f5ffd5b613f2386828701613e21565b604095909501519396949550929392505050565b5f5f85851115613f45575f5ffd5b83861115613f51575f5ffd5b5050820193919092039150565b8035602083101561097e575f19602084900360031b1b1692915050565b5f5f8335601e19843603018112613f90575f5ffd5b8301803591506001600160401b03821115613fa9575f5ffd5b60200191503681900382131561334b575f5ffd5b8181038181111561097e5761097e61386c56",
}

// BatchInbox is an auto generated Go binding around an Ethereum contract.
type BatchInbox struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BatchInbox) GetABI() abi.ABI {
	return c.abi
}

// NewBatchInbox creates a new instance of BatchInbox.
func NewBatchInbox() *BatchInbox {
	parsed, err := BatchInboxMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BatchInbox{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BatchInbox) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address inbox_, address sequencerSet_, uint64 forceGrace_, uint64 malformedWindow_, uint32 maxBatchTxs_, uint32 maxBatchBytes_) returns()
func (batchInbox *BatchInbox) PackConstructor(inbox_ common.Address, sequencerSet_ common.Address, forceGrace_ uint64, malformedWindow_ uint64, maxBatchTxs_ uint32, maxBatchBytes_ uint32) []byte {
	enc, err := batchInbox.abi.Pack("", inbox_, sequencerSet_, forceGrace_, malformedWindow_, maxBatchTxs_, maxBatchBytes_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBATCHHEADERTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x541b3976.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BATCH_HEADER_TYPEHASH() view returns(bytes32)
func (batchInbox *BatchInbox) PackBATCHHEADERTYPEHASH() []byte {
	enc, err := batchInbox.abi.Pack("BATCH_HEADER_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBATCHHEADERTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x541b3976.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BATCH_HEADER_TYPEHASH() view returns(bytes32)
func (batchInbox *BatchInbox) TryPackBATCHHEADERTYPEHASH() ([]byte, error) {
	return batchInbox.abi.Pack("BATCH_HEADER_TYPEHASH")
}

// UnpackBATCHHEADERTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x541b3976.
//
// Solidity: function BATCH_HEADER_TYPEHASH() view returns(bytes32)
func (batchInbox *BatchInbox) UnpackBATCHHEADERTYPEHASH(data []byte) ([32]byte, error) {
	out, err := batchInbox.abi.Unpack("BATCH_HEADER_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDAMODECALLDATA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6d6fbdb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DA_MODE_CALLDATA() view returns(uint8)
func (batchInbox *BatchInbox) PackDAMODECALLDATA() []byte {
	enc, err := batchInbox.abi.Pack("DA_MODE_CALLDATA")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDAMODECALLDATA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6d6fbdb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DA_MODE_CALLDATA() view returns(uint8)
func (batchInbox *BatchInbox) TryPackDAMODECALLDATA() ([]byte, error) {
	return batchInbox.abi.Pack("DA_MODE_CALLDATA")
}

// UnpackDAMODECALLDATA is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd6d6fbdb.
//
// Solidity: function DA_MODE_CALLDATA() view returns(uint8)
func (batchInbox *BatchInbox) UnpackDAMODECALLDATA(data []byte) (uint8, error) {
	out, err := batchInbox.abi.Unpack("DA_MODE_CALLDATA", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDAMODECERTIFICATE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac1a10e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DA_MODE_CERTIFICATE() view returns(uint8)
func (batchInbox *BatchInbox) PackDAMODECERTIFICATE() []byte {
	enc, err := batchInbox.abi.Pack("DA_MODE_CERTIFICATE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDAMODECERTIFICATE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac1a10e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DA_MODE_CERTIFICATE() view returns(uint8)
func (batchInbox *BatchInbox) TryPackDAMODECERTIFICATE() ([]byte, error) {
	return batchInbox.abi.Pack("DA_MODE_CERTIFICATE")
}

// UnpackDAMODECERTIFICATE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xac1a10e0.
//
// Solidity: function DA_MODE_CERTIFICATE() view returns(uint8)
func (batchInbox *BatchInbox) UnpackDAMODECERTIFICATE(data []byte) (uint8, error) {
	out, err := batchInbox.abi.Unpack("DA_MODE_CERTIFICATE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDOMAINTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20606b70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_TYPEHASH() view returns(bytes32)
func (batchInbox *BatchInbox) PackDOMAINTYPEHASH() []byte {
	enc, err := batchInbox.abi.Pack("DOMAIN_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20606b70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_TYPEHASH() view returns(bytes32)
func (batchInbox *BatchInbox) TryPackDOMAINTYPEHASH() ([]byte, error) {
	return batchInbox.abi.Pack("DOMAIN_TYPEHASH")
}

// UnpackDOMAINTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20606b70.
//
// Solidity: function DOMAIN_TYPEHASH() view returns(bytes32)
func (batchInbox *BatchInbox) UnpackDOMAINTYPEHASH(data []byte) ([32]byte, error) {
	out, err := batchInbox.abi.Unpack("DOMAIN_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEMPTYDATAHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x661ce390.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EMPTY_DATA_HASH() view returns(bytes32)
func (batchInbox *BatchInbox) PackEMPTYDATAHASH() []byte {
	enc, err := batchInbox.abi.Pack("EMPTY_DATA_HASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEMPTYDATAHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x661ce390.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EMPTY_DATA_HASH() view returns(bytes32)
func (batchInbox *BatchInbox) TryPackEMPTYDATAHASH() ([]byte, error) {
	return batchInbox.abi.Pack("EMPTY_DATA_HASH")
}

// UnpackEMPTYDATAHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x661ce390.
//
// Solidity: function EMPTY_DATA_HASH() view returns(bytes32)
func (batchInbox *BatchInbox) UnpackEMPTYDATAHASH(data []byte) ([32]byte, error) {
	out, err := batchInbox.abi.Unpack("EMPTY_DATA_HASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEMPTYSIGNERSHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67869f67.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EMPTY_SIGNERS_HASH() view returns(bytes32)
func (batchInbox *BatchInbox) PackEMPTYSIGNERSHASH() []byte {
	enc, err := batchInbox.abi.Pack("EMPTY_SIGNERS_HASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEMPTYSIGNERSHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67869f67.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EMPTY_SIGNERS_HASH() view returns(bytes32)
func (batchInbox *BatchInbox) TryPackEMPTYSIGNERSHASH() ([]byte, error) {
	return batchInbox.abi.Pack("EMPTY_SIGNERS_HASH")
}

// UnpackEMPTYSIGNERSHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x67869f67.
//
// Solidity: function EMPTY_SIGNERS_HASH() view returns(bytes32)
func (batchInbox *BatchInbox) UnpackEMPTYSIGNERSHASH(data []byte) ([32]byte, error) {
	out, err := batchInbox.abi.Unpack("EMPTY_SIGNERS_HASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFORCEDBATCHPENALTYDIVISOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35c407d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FORCED_BATCH_PENALTY_DIVISOR() view returns(uint256)
func (batchInbox *BatchInbox) PackFORCEDBATCHPENALTYDIVISOR() []byte {
	enc, err := batchInbox.abi.Pack("FORCED_BATCH_PENALTY_DIVISOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFORCEDBATCHPENALTYDIVISOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35c407d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FORCED_BATCH_PENALTY_DIVISOR() view returns(uint256)
func (batchInbox *BatchInbox) TryPackFORCEDBATCHPENALTYDIVISOR() ([]byte, error) {
	return batchInbox.abi.Pack("FORCED_BATCH_PENALTY_DIVISOR")
}

// UnpackFORCEDBATCHPENALTYDIVISOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x35c407d2.
//
// Solidity: function FORCED_BATCH_PENALTY_DIVISOR() view returns(uint256)
func (batchInbox *BatchInbox) UnpackFORCEDBATCHPENALTYDIVISOR(data []byte) (*big.Int, error) {
	out, err := batchInbox.abi.Unpack("FORCED_BATCH_PENALTY_DIVISOR", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVOIDDATALENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75bb20f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VOID_DATA_LENGTH() view returns(uint8)
func (batchInbox *BatchInbox) PackVOIDDATALENGTH() []byte {
	enc, err := batchInbox.abi.Pack("VOID_DATA_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVOIDDATALENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75bb20f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VOID_DATA_LENGTH() view returns(uint8)
func (batchInbox *BatchInbox) TryPackVOIDDATALENGTH() ([]byte, error) {
	return batchInbox.abi.Pack("VOID_DATA_LENGTH")
}

// UnpackVOIDDATALENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75bb20f3.
//
// Solidity: function VOID_DATA_LENGTH() view returns(uint8)
func (batchInbox *BatchInbox) UnpackVOIDDATALENGTH(data []byte) (uint8, error) {
	out, err := batchInbox.abi.Unpack("VOID_DATA_LENGTH", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackVOIDDAUNAVAILABLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8c86779.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VOID_DA_UNAVAILABLE() view returns(uint8)
func (batchInbox *BatchInbox) PackVOIDDAUNAVAILABLE() []byte {
	enc, err := batchInbox.abi.Pack("VOID_DA_UNAVAILABLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVOIDDAUNAVAILABLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8c86779.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VOID_DA_UNAVAILABLE() view returns(uint8)
func (batchInbox *BatchInbox) TryPackVOIDDAUNAVAILABLE() ([]byte, error) {
	return batchInbox.abi.Pack("VOID_DA_UNAVAILABLE")
}

// UnpackVOIDDAUNAVAILABLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8c86779.
//
// Solidity: function VOID_DA_UNAVAILABLE() view returns(uint8)
func (batchInbox *BatchInbox) UnpackVOIDDAUNAVAILABLE(data []byte) (uint8, error) {
	out, err := batchInbox.abi.Unpack("VOID_DA_UNAVAILABLE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackVOIDMALFORMEDRLP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa62b80ce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VOID_MALFORMED_RLP() view returns(uint8)
func (batchInbox *BatchInbox) PackVOIDMALFORMEDRLP() []byte {
	enc, err := batchInbox.abi.Pack("VOID_MALFORMED_RLP")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVOIDMALFORMEDRLP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa62b80ce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VOID_MALFORMED_RLP() view returns(uint8)
func (batchInbox *BatchInbox) TryPackVOIDMALFORMEDRLP() ([]byte, error) {
	return batchInbox.abi.Pack("VOID_MALFORMED_RLP")
}

// UnpackVOIDMALFORMEDRLP is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa62b80ce.
//
// Solidity: function VOID_MALFORMED_RLP() view returns(uint8)
func (batchInbox *BatchInbox) UnpackVOIDMALFORMEDRLP(data []byte) (uint8, error) {
	out, err := batchInbox.abi.Unpack("VOID_MALFORMED_RLP", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackVOIDTXCOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35548e8d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VOID_TX_COUNT() view returns(uint8)
func (batchInbox *BatchInbox) PackVOIDTXCOUNT() []byte {
	enc, err := batchInbox.abi.Pack("VOID_TX_COUNT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVOIDTXCOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35548e8d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VOID_TX_COUNT() view returns(uint8)
func (batchInbox *BatchInbox) TryPackVOIDTXCOUNT() ([]byte, error) {
	return batchInbox.abi.Pack("VOID_TX_COUNT")
}

// UnpackVOIDTXCOUNT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x35548e8d.
//
// Solidity: function VOID_TX_COUNT() view returns(uint8)
func (batchInbox *BatchInbox) UnpackVOIDTXCOUNT(data []byte) (uint8, error) {
	out, err := batchInbox.abi.Unpack("VOID_TX_COUNT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackVOIDTXROOT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2a222d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VOID_TX_ROOT() view returns(uint8)
func (batchInbox *BatchInbox) PackVOIDTXROOT() []byte {
	enc, err := batchInbox.abi.Pack("VOID_TX_ROOT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVOIDTXROOT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2a222d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VOID_TX_ROOT() view returns(uint8)
func (batchInbox *BatchInbox) TryPackVOIDTXROOT() ([]byte, error) {
	return batchInbox.abi.Pack("VOID_TX_ROOT")
}

// UnpackVOIDTXROOT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe2a222d3.
//
// Solidity: function VOID_TX_ROOT() view returns(uint8)
func (batchInbox *BatchInbox) UnpackVOIDTXROOT(data []byte) (uint8, error) {
	out, err := batchInbox.abi.Unpack("VOID_TX_ROOT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAttestersHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa46032e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestersHash(uint64 n) view returns(bytes32)
func (batchInbox *BatchInbox) PackAttestersHash(n uint64) []byte {
	enc, err := batchInbox.abi.Pack("attestersHash", n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestersHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa46032e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestersHash(uint64 n) view returns(bytes32)
func (batchInbox *BatchInbox) TryPackAttestersHash(n uint64) ([]byte, error) {
	return batchInbox.abi.Pack("attestersHash", n)
}

// UnpackAttestersHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa46032e6.
//
// Solidity: function attestersHash(uint64 n) view returns(bytes32)
func (batchInbox *BatchInbox) UnpackAttestersHash(data []byte) ([32]byte, error) {
	out, err := batchInbox.abi.Unpack("attestersHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x857553cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batch(uint64 n) view returns((bytes32,bytes32,uint64,uint64,uint8,bool,bool))
func (batchInbox *BatchInbox) PackBatch(n uint64) []byte {
	enc, err := batchInbox.abi.Pack("batch", n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x857553cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batch(uint64 n) view returns((bytes32,bytes32,uint64,uint64,uint8,bool,bool))
func (batchInbox *BatchInbox) TryPackBatch(n uint64) ([]byte, error) {
	return batchInbox.abi.Pack("batch", n)
}

// UnpackBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x857553cc.
//
// Solidity: function batch(uint64 n) view returns((bytes32,bytes32,uint64,uint64,uint8,bool,bool))
func (batchInbox *BatchInbox) UnpackBatch(data []byte) (BatchInboxBatch, error) {
	out, err := batchInbox.abi.Unpack("batch", data)
	if err != nil {
		return *new(BatchInboxBatch), err
	}
	out0 := *abi.ConvertType(out[0], new(BatchInboxBatch)).(*BatchInboxBatch)
	return out0, nil
}

// PackChainHead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x008f51c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function chainHead() view returns(uint64 number, bytes32 headerHash_, uint64 queueEnd, uint64 l2Timestamp)
func (batchInbox *BatchInbox) PackChainHead() []byte {
	enc, err := batchInbox.abi.Pack("chainHead")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChainHead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x008f51c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function chainHead() view returns(uint64 number, bytes32 headerHash_, uint64 queueEnd, uint64 l2Timestamp)
func (batchInbox *BatchInbox) TryPackChainHead() ([]byte, error) {
	return batchInbox.abi.Pack("chainHead")
}

// ChainHeadOutput serves as a container for the return parameters of contract
// method ChainHead.
type ChainHeadOutput struct {
	Number      uint64
	HeaderHash  [32]byte
	QueueEnd    uint64
	L2Timestamp uint64
}

// UnpackChainHead is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x008f51c6.
//
// Solidity: function chainHead() view returns(uint64 number, bytes32 headerHash_, uint64 queueEnd, uint64 l2Timestamp)
func (batchInbox *BatchInbox) UnpackChainHead(data []byte) (ChainHeadOutput, error) {
	out, err := batchInbox.abi.Unpack("chainHead", data)
	outstruct := new(ChainHeadOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Number = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.HeaderHash = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.QueueEnd = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.L2Timestamp = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackCheckSigners is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70992764.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkSigners(uint64 n, address[] signers) view returns(bool)
func (batchInbox *BatchInbox) PackCheckSigners(n uint64, signers []common.Address) []byte {
	enc, err := batchInbox.abi.Pack("checkSigners", n, signers)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckSigners is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70992764.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkSigners(uint64 n, address[] signers) view returns(bool)
func (batchInbox *BatchInbox) TryPackCheckSigners(n uint64, signers []common.Address) ([]byte, error) {
	return batchInbox.abi.Pack("checkSigners", n, signers)
}

// UnpackCheckSigners is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70992764.
//
// Solidity: function checkSigners(uint64 n, address[] signers) view returns(bool)
func (batchInbox *BatchInbox) UnpackCheckSigners(data []byte) (bool, error) {
	out, err := batchInbox.abi.Unpack("checkSigners", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackCumTrace is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e0d1387.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cumTrace(uint64 n) view returns(uint64)
func (batchInbox *BatchInbox) PackCumTrace(n uint64) []byte {
	enc, err := batchInbox.abi.Pack("cumTrace", n)
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
func (batchInbox *BatchInbox) TryPackCumTrace(n uint64) ([]byte, error) {
	return batchInbox.abi.Pack("cumTrace", n)
}

// UnpackCumTrace is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e0d1387.
//
// Solidity: function cumTrace(uint64 n) view returns(uint64)
func (batchInbox *BatchInbox) UnpackCumTrace(data []byte) (uint64, error) {
	out, err := batchInbox.abi.Unpack("cumTrace", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDaChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36e36e82.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function daChallenge() view returns(address)
func (batchInbox *BatchInbox) PackDaChallenge() []byte {
	enc, err := batchInbox.abi.Pack("daChallenge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDaChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36e36e82.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function daChallenge() view returns(address)
func (batchInbox *BatchInbox) TryPackDaChallenge() ([]byte, error) {
	return batchInbox.abi.Pack("daChallenge")
}

// UnpackDaChallenge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x36e36e82.
//
// Solidity: function daChallenge() view returns(address)
func (batchInbox *BatchInbox) UnpackDaChallenge(data []byte) (common.Address, error) {
	out, err := batchInbox.abi.Unpack("daChallenge", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDaChallengePending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda32c6fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function daChallengePending() view returns(bool)
func (batchInbox *BatchInbox) PackDaChallengePending() []byte {
	enc, err := batchInbox.abi.Pack("daChallengePending")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDaChallengePending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda32c6fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function daChallengePending() view returns(bool)
func (batchInbox *BatchInbox) TryPackDaChallengePending() ([]byte, error) {
	return batchInbox.abi.Pack("daChallengePending")
}

// UnpackDaChallengePending is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xda32c6fd.
//
// Solidity: function daChallengePending() view returns(bool)
func (batchInbox *BatchInbox) UnpackDaChallengePending(data []byte) (bool, error) {
	out, err := batchInbox.abi.Unpack("daChallengePending", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDaCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7112590b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function daCommittee() view returns(address)
func (batchInbox *BatchInbox) PackDaCommittee() []byte {
	enc, err := batchInbox.abi.Pack("daCommittee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDaCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7112590b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function daCommittee() view returns(address)
func (batchInbox *BatchInbox) TryPackDaCommittee() ([]byte, error) {
	return batchInbox.abi.Pack("daCommittee")
}

// UnpackDaCommittee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7112590b.
//
// Solidity: function daCommittee() view returns(address)
func (batchInbox *BatchInbox) UnpackDaCommittee(data []byte) (common.Address, error) {
	out, err := batchInbox.abi.Unpack("daCommittee", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDeployer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f39488.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployer() view returns(address)
func (batchInbox *BatchInbox) PackDeployer() []byte {
	enc, err := batchInbox.abi.Pack("deployer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeployer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f39488.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deployer() view returns(address)
func (batchInbox *BatchInbox) TryPackDeployer() ([]byte, error) {
	return batchInbox.abi.Pack("deployer")
}

// UnpackDeployer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5f39488.
//
// Solidity: function deployer() view returns(address)
func (batchInbox *BatchInbox) UnpackDeployer(data []byte) (common.Address, error) {
	out, err := batchInbox.abi.Unpack("deployer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (batchInbox *BatchInbox) PackDomainSeparator() []byte {
	enc, err := batchInbox.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (batchInbox *BatchInbox) TryPackDomainSeparator() ([]byte, error) {
	return batchInbox.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (batchInbox *BatchInbox) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := batchInbox.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEscapeHatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1554611f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escapeHatch() view returns(bool pending, uint64 oldestEntry, uint256 opensAfter)
func (batchInbox *BatchInbox) PackEscapeHatch() []byte {
	enc, err := batchInbox.abi.Pack("escapeHatch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscapeHatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1554611f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escapeHatch() view returns(bool pending, uint64 oldestEntry, uint256 opensAfter)
func (batchInbox *BatchInbox) TryPackEscapeHatch() ([]byte, error) {
	return batchInbox.abi.Pack("escapeHatch")
}

// EscapeHatchOutput serves as a container for the return parameters of contract
// method EscapeHatch.
type EscapeHatchOutput struct {
	Pending     bool
	OldestEntry uint64
	OpensAfter  *big.Int
}

// UnpackEscapeHatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1554611f.
//
// Solidity: function escapeHatch() view returns(bool pending, uint64 oldestEntry, uint256 opensAfter)
func (batchInbox *BatchInbox) UnpackEscapeHatch(data []byte) (EscapeHatchOutput, error) {
	out, err := batchInbox.abi.Unpack("escapeHatch", data)
	outstruct := new(EscapeHatchOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Pending = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.OldestEntry = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.OpensAfter = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackForceGrace is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf14fc22c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forceGrace() view returns(uint64)
func (batchInbox *BatchInbox) PackForceGrace() []byte {
	enc, err := batchInbox.abi.Pack("forceGrace")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForceGrace is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf14fc22c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forceGrace() view returns(uint64)
func (batchInbox *BatchInbox) TryPackForceGrace() ([]byte, error) {
	return batchInbox.abi.Pack("forceGrace")
}

// UnpackForceGrace is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf14fc22c.
//
// Solidity: function forceGrace() view returns(uint64)
func (batchInbox *BatchInbox) UnpackForceGrace(data []byte) (uint64, error) {
	out, err := batchInbox.abi.Unpack("forceGrace", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackForcedBatchPenalty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2ba64a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedBatchPenalty() view returns(uint256)
func (batchInbox *BatchInbox) PackForcedBatchPenalty() []byte {
	enc, err := batchInbox.abi.Pack("forcedBatchPenalty")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedBatchPenalty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2ba64a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedBatchPenalty() view returns(uint256)
func (batchInbox *BatchInbox) TryPackForcedBatchPenalty() ([]byte, error) {
	return batchInbox.abi.Pack("forcedBatchPenalty")
}

// UnpackForcedBatchPenalty is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2ba64a2.
//
// Solidity: function forcedBatchPenalty() view returns(uint256)
func (batchInbox *BatchInbox) UnpackForcedBatchPenalty(data []byte) (*big.Int, error) {
	out, err := batchInbox.abi.Unpack("forcedBatchPenalty", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHashHeader is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64a171ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashHeader((uint64,bytes32,uint64,uint64,uint32,bytes32,bytes32,bytes32,uint32,bytes32,uint64) h) pure returns(bytes32)
func (batchInbox *BatchInbox) PackHashHeader(h BatchHeader) []byte {
	enc, err := batchInbox.abi.Pack("hashHeader", h)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashHeader is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64a171ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashHeader((uint64,bytes32,uint64,uint64,uint32,bytes32,bytes32,bytes32,uint32,bytes32,uint64) h) pure returns(bytes32)
func (batchInbox *BatchInbox) TryPackHashHeader(h BatchHeader) ([]byte, error) {
	return batchInbox.abi.Pack("hashHeader", h)
}

// UnpackHashHeader is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x64a171ba.
//
// Solidity: function hashHeader((uint64,bytes32,uint64,uint64,uint32,bytes32,bytes32,bytes32,uint32,bytes32,uint64) h) pure returns(bytes32)
func (batchInbox *BatchInbox) UnpackHashHeader(data []byte) ([32]byte, error) {
	out, err := batchInbox.abi.Unpack("hashHeader", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHeaderHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95934bae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function headerHash(uint64 n) view returns(bytes32)
func (batchInbox *BatchInbox) PackHeaderHash(n uint64) []byte {
	enc, err := batchInbox.abi.Pack("headerHash", n)
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
func (batchInbox *BatchInbox) TryPackHeaderHash(n uint64) ([]byte, error) {
	return batchInbox.abi.Pack("headerHash", n)
}

// UnpackHeaderHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95934bae.
//
// Solidity: function headerHash(uint64 n) view returns(bytes32)
func (batchInbox *BatchInbox) UnpackHeaderHash(data []byte) ([32]byte, error) {
	out, err := batchInbox.abi.Unpack("headerHash", data)
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
func (batchInbox *BatchInbox) PackInbox() []byte {
	enc, err := batchInbox.abi.Pack("inbox")
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
func (batchInbox *BatchInbox) TryPackInbox() ([]byte, error) {
	return batchInbox.abi.Pack("inbox")
}

// UnpackInbox is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb0e722b.
//
// Solidity: function inbox() view returns(address)
func (batchInbox *BatchInbox) UnpackInbox(data []byte) (common.Address, error) {
	out, err := batchInbox.abi.Unpack("inbox", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackInclusionWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe88816e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inclusionWindow() view returns(uint64)
func (batchInbox *BatchInbox) PackInclusionWindow() []byte {
	enc, err := batchInbox.abi.Pack("inclusionWindow")
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
func (batchInbox *BatchInbox) TryPackInclusionWindow() ([]byte, error) {
	return batchInbox.abi.Pack("inclusionWindow")
}

// UnpackInclusionWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe88816e7.
//
// Solidity: function inclusionWindow() view returns(uint64)
func (batchInbox *BatchInbox) UnpackInclusionWindow(data []byte) (uint64, error) {
	out, err := batchInbox.abi.Unpack("inclusionWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackInspectBatchData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8611f83c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inspectBatchData(bytes data, uint256 limit) pure returns(bool ok, uint256 count, bytes32 txRoot)
func (batchInbox *BatchInbox) PackInspectBatchData(data []byte, limit *big.Int) []byte {
	enc, err := batchInbox.abi.Pack("inspectBatchData", data, limit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInspectBatchData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8611f83c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inspectBatchData(bytes data, uint256 limit) pure returns(bool ok, uint256 count, bytes32 txRoot)
func (batchInbox *BatchInbox) TryPackInspectBatchData(data []byte, limit *big.Int) ([]byte, error) {
	return batchInbox.abi.Pack("inspectBatchData", data, limit)
}

// InspectBatchDataOutput serves as a container for the return parameters of contract
// method InspectBatchData.
type InspectBatchDataOutput struct {
	Ok     bool
	Count  *big.Int
	TxRoot [32]byte
}

// UnpackInspectBatchData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8611f83c.
//
// Solidity: function inspectBatchData(bytes data, uint256 limit) pure returns(bool ok, uint256 count, bytes32 txRoot)
func (batchInbox *BatchInbox) UnpackInspectBatchData(data []byte) (InspectBatchDataOutput, error) {
	out, err := batchInbox.abi.Unpack("inspectBatchData", data)
	outstruct := new(InspectBatchDataOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Ok = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Count = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.TxRoot = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackIsForced is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xceb3b9c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isForced(uint64 n) view returns(bool)
func (batchInbox *BatchInbox) PackIsForced(n uint64) []byte {
	enc, err := batchInbox.abi.Pack("isForced", n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsForced is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xceb3b9c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isForced(uint64 n) view returns(bool)
func (batchInbox *BatchInbox) TryPackIsForced(n uint64) ([]byte, error) {
	return batchInbox.abi.Pack("isForced", n)
}

// UnpackIsForced is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xceb3b9c2.
//
// Solidity: function isForced(uint64 n) view returns(bool)
func (batchInbox *BatchInbox) UnpackIsForced(data []byte) (bool, error) {
	out, err := batchInbox.abi.Unpack("isForced", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsVoid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe930dad1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isVoid(uint64 n) view returns(bool)
func (batchInbox *BatchInbox) PackIsVoid(n uint64) []byte {
	enc, err := batchInbox.abi.Pack("isVoid", n)
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
func (batchInbox *BatchInbox) TryPackIsVoid(n uint64) ([]byte, error) {
	return batchInbox.abi.Pack("isVoid", n)
}

// UnpackIsVoid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe930dad1.
//
// Solidity: function isVoid(uint64 n) view returns(bool)
func (batchInbox *BatchInbox) UnpackIsVoid(data []byte) (bool, error) {
	out, err := batchInbox.abi.Unpack("isVoid", data)
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
func (batchInbox *BatchInbox) PackLatestBatch() []byte {
	enc, err := batchInbox.abi.Pack("latestBatch")
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
func (batchInbox *BatchInbox) TryPackLatestBatch() ([]byte, error) {
	return batchInbox.abi.Pack("latestBatch")
}

// UnpackLatestBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1651fe2.
//
// Solidity: function latestBatch() view returns(uint64)
func (batchInbox *BatchInbox) UnpackLatestBatch(data []byte) (uint64, error) {
	out, err := batchInbox.abi.Unpack("latestBatch", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMalformedDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x959d6671.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function malformedDeadline(uint64 n) view returns(uint64)
func (batchInbox *BatchInbox) PackMalformedDeadline(n uint64) []byte {
	enc, err := batchInbox.abi.Pack("malformedDeadline", n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMalformedDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x959d6671.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function malformedDeadline(uint64 n) view returns(uint64)
func (batchInbox *BatchInbox) TryPackMalformedDeadline(n uint64) ([]byte, error) {
	return batchInbox.abi.Pack("malformedDeadline", n)
}

// UnpackMalformedDeadline is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x959d6671.
//
// Solidity: function malformedDeadline(uint64 n) view returns(uint64)
func (batchInbox *BatchInbox) UnpackMalformedDeadline(data []byte) (uint64, error) {
	out, err := batchInbox.abi.Unpack("malformedDeadline", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMalformedWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e44743d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function malformedWindow() view returns(uint64)
func (batchInbox *BatchInbox) PackMalformedWindow() []byte {
	enc, err := batchInbox.abi.Pack("malformedWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMalformedWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e44743d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function malformedWindow() view returns(uint64)
func (batchInbox *BatchInbox) TryPackMalformedWindow() ([]byte, error) {
	return batchInbox.abi.Pack("malformedWindow")
}

// UnpackMalformedWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0e44743d.
//
// Solidity: function malformedWindow() view returns(uint64)
func (batchInbox *BatchInbox) UnpackMalformedWindow(data []byte) (uint64, error) {
	out, err := batchInbox.abi.Unpack("malformedWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMaxBatchBytes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20f1d6db.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxBatchBytes() view returns(uint32)
func (batchInbox *BatchInbox) PackMaxBatchBytes() []byte {
	enc, err := batchInbox.abi.Pack("maxBatchBytes")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxBatchBytes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20f1d6db.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxBatchBytes() view returns(uint32)
func (batchInbox *BatchInbox) TryPackMaxBatchBytes() ([]byte, error) {
	return batchInbox.abi.Pack("maxBatchBytes")
}

// UnpackMaxBatchBytes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20f1d6db.
//
// Solidity: function maxBatchBytes() view returns(uint32)
func (batchInbox *BatchInbox) UnpackMaxBatchBytes(data []byte) (uint32, error) {
	out, err := batchInbox.abi.Unpack("maxBatchBytes", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMaxBatchTxs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e8406cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxBatchTxs() view returns(uint32)
func (batchInbox *BatchInbox) PackMaxBatchTxs() []byte {
	enc, err := batchInbox.abi.Pack("maxBatchTxs")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxBatchTxs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e8406cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxBatchTxs() view returns(uint32)
func (batchInbox *BatchInbox) TryPackMaxBatchTxs() ([]byte, error) {
	return batchInbox.abi.Pack("maxBatchTxs")
}

// UnpackMaxBatchTxs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e8406cf.
//
// Solidity: function maxBatchTxs() view returns(uint32)
func (batchInbox *BatchInbox) UnpackMaxBatchTxs(data []byte) (uint32, error) {
	out, err := batchInbox.abi.Unpack("maxBatchTxs", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackPostBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x707de359.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postBatch((uint64,bytes32,uint64,uint64,uint32,bytes32,bytes32,bytes32,uint32,bytes32,uint64) h, bytes[] signatures, uint8 daMode, bytes daCert, bytes data) returns(bytes32 hh)
func (batchInbox *BatchInbox) PackPostBatch(h BatchHeader, signatures [][]byte, daMode uint8, daCert []byte, data []byte) []byte {
	enc, err := batchInbox.abi.Pack("postBatch", h, signatures, daMode, daCert, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x707de359.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postBatch((uint64,bytes32,uint64,uint64,uint32,bytes32,bytes32,bytes32,uint32,bytes32,uint64) h, bytes[] signatures, uint8 daMode, bytes daCert, bytes data) returns(bytes32 hh)
func (batchInbox *BatchInbox) TryPackPostBatch(h BatchHeader, signatures [][]byte, daMode uint8, daCert []byte, data []byte) ([]byte, error) {
	return batchInbox.abi.Pack("postBatch", h, signatures, daMode, daCert, data)
}

// UnpackPostBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x707de359.
//
// Solidity: function postBatch((uint64,bytes32,uint64,uint64,uint32,bytes32,bytes32,bytes32,uint32,bytes32,uint64) h, bytes[] signatures, uint8 daMode, bytes daCert, bytes data) returns(bytes32 hh)
func (batchInbox *BatchInbox) UnpackPostBatch(data []byte) ([32]byte, error) {
	out, err := batchInbox.abi.Unpack("postBatch", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPostForcedBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x388aae48.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postForcedBatch() returns(uint64 number)
func (batchInbox *BatchInbox) PackPostForcedBatch() []byte {
	enc, err := batchInbox.abi.Pack("postForcedBatch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostForcedBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x388aae48.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postForcedBatch() returns(uint64 number)
func (batchInbox *BatchInbox) TryPackPostForcedBatch() ([]byte, error) {
	return batchInbox.abi.Pack("postForcedBatch")
}

// UnpackPostForcedBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x388aae48.
//
// Solidity: function postForcedBatch() returns(uint64 number)
func (batchInbox *BatchInbox) UnpackPostForcedBatch(data []byte) (uint64, error) {
	out, err := batchInbox.abi.Unpack("postForcedBatch", data)
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
func (batchInbox *BatchInbox) PackPostedAt(n uint64) []byte {
	enc, err := batchInbox.abi.Pack("postedAt", n)
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
func (batchInbox *BatchInbox) TryPackPostedAt(n uint64) ([]byte, error) {
	return batchInbox.abi.Pack("postedAt", n)
}

// UnpackPostedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe9aa4cf.
//
// Solidity: function postedAt(uint64 n) view returns(uint64)
func (batchInbox *BatchInbox) UnpackPostedAt(data []byte) (uint64, error) {
	out, err := batchInbox.abi.Unpack("postedAt", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackProveEquivocation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8fda2e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveEquivocation((uint64,bytes32,uint64,uint64,uint32,bytes32,bytes32,bytes32,uint32,bytes32,uint64) a, bytes sigA, (uint64,bytes32,uint64,uint64,uint32,bytes32,bytes32,bytes32,uint32,bytes32,uint64) b, bytes sigB) returns(address signer, uint256 slashed)
func (batchInbox *BatchInbox) PackProveEquivocation(a BatchHeader, sigA []byte, b BatchHeader, sigB []byte) []byte {
	enc, err := batchInbox.abi.Pack("proveEquivocation", a, sigA, b, sigB)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveEquivocation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8fda2e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveEquivocation((uint64,bytes32,uint64,uint64,uint32,bytes32,bytes32,bytes32,uint32,bytes32,uint64) a, bytes sigA, (uint64,bytes32,uint64,uint64,uint32,bytes32,bytes32,bytes32,uint32,bytes32,uint64) b, bytes sigB) returns(address signer, uint256 slashed)
func (batchInbox *BatchInbox) TryPackProveEquivocation(a BatchHeader, sigA []byte, b BatchHeader, sigB []byte) ([]byte, error) {
	return batchInbox.abi.Pack("proveEquivocation", a, sigA, b, sigB)
}

// ProveEquivocationOutput serves as a container for the return parameters of contract
// method ProveEquivocation.
type ProveEquivocationOutput struct {
	Signer  common.Address
	Slashed *big.Int
}

// UnpackProveEquivocation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe8fda2e0.
//
// Solidity: function proveEquivocation((uint64,bytes32,uint64,uint64,uint32,bytes32,bytes32,bytes32,uint32,bytes32,uint64) a, bytes sigA, (uint64,bytes32,uint64,uint64,uint32,bytes32,bytes32,bytes32,uint32,bytes32,uint64) b, bytes sigB) returns(address signer, uint256 slashed)
func (batchInbox *BatchInbox) UnpackProveEquivocation(data []byte) (ProveEquivocationOutput, error) {
	out, err := batchInbox.abi.Unpack("proveEquivocation", data)
	outstruct := new(ProveEquivocationOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Signer = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Slashed = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackProveMalformed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb22d43c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveMalformed((uint64,bytes32,uint64,uint64,uint32,bytes32,bytes32,bytes32,uint32,bytes32,uint64) h, address[] signers, bytes data) returns()
func (batchInbox *BatchInbox) PackProveMalformed(h BatchHeader, signers []common.Address, data []byte) []byte {
	enc, err := batchInbox.abi.Pack("proveMalformed", h, signers, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveMalformed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb22d43c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveMalformed((uint64,bytes32,uint64,uint64,uint32,bytes32,bytes32,bytes32,uint32,bytes32,uint64) h, address[] signers, bytes data) returns()
func (batchInbox *BatchInbox) TryPackProveMalformed(h BatchHeader, signers []common.Address, data []byte) ([]byte, error) {
	return batchInbox.abi.Pack("proveMalformed", h, signers, data)
}

// PackQuorumOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x12459782.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumOf(uint256[] signerWeights, uint256[] memberWeights) pure returns(uint256 signedPower, uint256 totalPower, bool met)
func (batchInbox *BatchInbox) PackQuorumOf(signerWeights []*big.Int, memberWeights []*big.Int) []byte {
	enc, err := batchInbox.abi.Pack("quorumOf", signerWeights, memberWeights)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x12459782.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumOf(uint256[] signerWeights, uint256[] memberWeights) pure returns(uint256 signedPower, uint256 totalPower, bool met)
func (batchInbox *BatchInbox) TryPackQuorumOf(signerWeights []*big.Int, memberWeights []*big.Int) ([]byte, error) {
	return batchInbox.abi.Pack("quorumOf", signerWeights, memberWeights)
}

// QuorumOfOutput serves as a container for the return parameters of contract
// method QuorumOf.
type QuorumOfOutput struct {
	SignedPower *big.Int
	TotalPower  *big.Int
	Met         bool
}

// UnpackQuorumOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x12459782.
//
// Solidity: function quorumOf(uint256[] signerWeights, uint256[] memberWeights) pure returns(uint256 signedPower, uint256 totalPower, bool met)
func (batchInbox *BatchInbox) UnpackQuorumOf(data []byte) (QuorumOfOutput, error) {
	out, err := batchInbox.abi.Unpack("quorumOf", data)
	outstruct := new(QuorumOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.SignedPower = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.TotalPower = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Met = *abi.ConvertType(out[2], new(bool)).(*bool)
	return *outstruct, nil
}

// PackSequencerSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3704f3f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sequencerSet() view returns(address)
func (batchInbox *BatchInbox) PackSequencerSet() []byte {
	enc, err := batchInbox.abi.Pack("sequencerSet")
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
func (batchInbox *BatchInbox) TryPackSequencerSet() ([]byte, error) {
	return batchInbox.abi.Pack("sequencerSet")
}

// UnpackSequencerSet is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe3704f3f.
//
// Solidity: function sequencerSet() view returns(address)
func (batchInbox *BatchInbox) UnpackSequencerSet(data []byte) (common.Address, error) {
	out, err := batchInbox.abi.Unpack("sequencerSet", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetDA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd62a0c6c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDA(address committee, address challenge) returns()
func (batchInbox *BatchInbox) PackSetDA(committee common.Address, challenge common.Address) []byte {
	enc, err := batchInbox.abi.Pack("setDA", committee, challenge)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDA is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd62a0c6c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDA(address committee, address challenge) returns()
func (batchInbox *BatchInbox) TryPackSetDA(committee common.Address, challenge common.Address) ([]byte, error) {
	return batchInbox.abi.Pack("setDA", committee, challenge)
}

// PackSignersHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38981b8b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function signersHash(uint64 n) view returns(bytes32)
func (batchInbox *BatchInbox) PackSignersHash(n uint64) []byte {
	enc, err := batchInbox.abi.Pack("signersHash", n)
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
func (batchInbox *BatchInbox) TryPackSignersHash(n uint64) ([]byte, error) {
	return batchInbox.abi.Pack("signersHash", n)
}

// UnpackSignersHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38981b8b.
//
// Solidity: function signersHash(uint64 n) view returns(bytes32)
func (batchInbox *BatchInbox) UnpackSignersHash(data []byte) ([32]byte, error) {
	out, err := batchInbox.abi.Unpack("signersHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSigningDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff4684c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function signingDigest((uint64,bytes32,uint64,uint64,uint32,bytes32,bytes32,bytes32,uint32,bytes32,uint64) h) view returns(bytes32)
func (batchInbox *BatchInbox) PackSigningDigest(h BatchHeader) []byte {
	enc, err := batchInbox.abi.Pack("signingDigest", h)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSigningDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff4684c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function signingDigest((uint64,bytes32,uint64,uint64,uint32,bytes32,bytes32,bytes32,uint32,bytes32,uint64) h) view returns(bytes32)
func (batchInbox *BatchInbox) TryPackSigningDigest(h BatchHeader) ([]byte, error) {
	return batchInbox.abi.Pack("signingDigest", h)
}

// UnpackSigningDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xff4684c5.
//
// Solidity: function signingDigest((uint64,bytes32,uint64,uint64,uint32,bytes32,bytes32,bytes32,uint32,bytes32,uint64) h) view returns(bytes32)
func (batchInbox *BatchInbox) UnpackSigningDigest(data []byte) ([32]byte, error) {
	out, err := batchInbox.abi.Unpack("signingDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVoidByDAChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e34fd38.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voidByDAChallenge(uint64 n, address prover) returns(bool)
func (batchInbox *BatchInbox) PackVoidByDAChallenge(n uint64, prover common.Address) []byte {
	enc, err := batchInbox.abi.Pack("voidByDAChallenge", n, prover)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoidByDAChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e34fd38.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voidByDAChallenge(uint64 n, address prover) returns(bool)
func (batchInbox *BatchInbox) TryPackVoidByDAChallenge(n uint64, prover common.Address) ([]byte, error) {
	return batchInbox.abi.Pack("voidByDAChallenge", n, prover)
}

// UnpackVoidByDAChallenge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0e34fd38.
//
// Solidity: function voidByDAChallenge(uint64 n, address prover) returns(bool)
func (batchInbox *BatchInbox) UnpackVoidByDAChallenge(data []byte) (bool, error) {
	out, err := batchInbox.abi.Unpack("voidByDAChallenge", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// BatchInboxBatchAttested represents a BatchAttested event raised by the BatchInbox contract.
type BatchInboxBatchAttested struct {
	Number    uint64
	Attesters []*big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const BatchInboxBatchAttestedEventName = "BatchAttested"

// ContractEventName returns the user-defined event name.
func (BatchInboxBatchAttested) ContractEventName() string {
	return BatchInboxBatchAttestedEventName
}

// UnpackBatchAttestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchAttested(uint64 indexed number, uint256[] attesters)
func (batchInbox *BatchInbox) UnpackBatchAttestedEvent(log *types.Log) (*BatchInboxBatchAttested, error) {
	event := "BatchAttested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != batchInbox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BatchInboxBatchAttested)
	if len(log.Data) > 0 {
		if err := batchInbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range batchInbox.abi.Events[event].Inputs {
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

// BatchInboxBatchPosted represents a BatchPosted event raised by the BatchInbox contract.
type BatchInboxBatchPosted struct {
	Number     uint64
	HeaderHash [32]byte
	Poster     common.Address
	Header     BatchHeader
	Signers    []common.Address
	CumTrace   uint64
	DaMode     uint8
	Forced     bool
	Raw        *types.Log // Blockchain specific contextual infos
}

const BatchInboxBatchPostedEventName = "BatchPosted"

// ContractEventName returns the user-defined event name.
func (BatchInboxBatchPosted) ContractEventName() string {
	return BatchInboxBatchPostedEventName
}

// UnpackBatchPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchPosted(uint64 indexed number, bytes32 indexed headerHash, address indexed poster, (uint64,bytes32,uint64,uint64,uint32,bytes32,bytes32,bytes32,uint32,bytes32,uint64) header, address[] signers, uint64 cumTrace, uint8 daMode, bool forced)
func (batchInbox *BatchInbox) UnpackBatchPostedEvent(log *types.Log) (*BatchInboxBatchPosted, error) {
	event := "BatchPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != batchInbox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BatchInboxBatchPosted)
	if len(log.Data) > 0 {
		if err := batchInbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range batchInbox.abi.Events[event].Inputs {
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

// BatchInboxBatchVoided represents a BatchVoided event raised by the BatchInbox contract.
type BatchInboxBatchVoided struct {
	Number uint64
	Prover common.Address
	Reason uint8
	Raw    *types.Log // Blockchain specific contextual infos
}

const BatchInboxBatchVoidedEventName = "BatchVoided"

// ContractEventName returns the user-defined event name.
func (BatchInboxBatchVoided) ContractEventName() string {
	return BatchInboxBatchVoidedEventName
}

// UnpackBatchVoidedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchVoided(uint64 indexed number, address indexed prover, uint8 reason)
func (batchInbox *BatchInbox) UnpackBatchVoidedEvent(log *types.Log) (*BatchInboxBatchVoided, error) {
	event := "BatchVoided"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != batchInbox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BatchInboxBatchVoided)
	if len(log.Data) > 0 {
		if err := batchInbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range batchInbox.abi.Events[event].Inputs {
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

// BatchInboxDASet represents a DASet event raised by the BatchInbox contract.
type BatchInboxDASet struct {
	DaCommittee common.Address
	DaChallenge common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const BatchInboxDASetEventName = "DASet"

// ContractEventName returns the user-defined event name.
func (BatchInboxDASet) ContractEventName() string {
	return BatchInboxDASetEventName
}

// UnpackDASetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DASet(address daCommittee, address daChallenge)
func (batchInbox *BatchInbox) UnpackDASetEvent(log *types.Log) (*BatchInboxDASet, error) {
	event := "DASet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != batchInbox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BatchInboxDASet)
	if len(log.Data) > 0 {
		if err := batchInbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range batchInbox.abi.Events[event].Inputs {
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

// BatchInboxEquivocationProven represents a EquivocationProven event raised by the BatchInbox contract.
type BatchInboxEquivocationProven struct {
	Signer      common.Address
	Number      uint64
	HeaderHashA [32]byte
	HeaderHashB [32]byte
	Prover      common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const BatchInboxEquivocationProvenEventName = "EquivocationProven"

// ContractEventName returns the user-defined event name.
func (BatchInboxEquivocationProven) ContractEventName() string {
	return BatchInboxEquivocationProvenEventName
}

// UnpackEquivocationProvenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EquivocationProven(address indexed signer, uint64 indexed number, bytes32 headerHashA, bytes32 headerHashB, address prover)
func (batchInbox *BatchInbox) UnpackEquivocationProvenEvent(log *types.Log) (*BatchInboxEquivocationProven, error) {
	event := "EquivocationProven"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != batchInbox.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BatchInboxEquivocationProven)
	if len(log.Data) > 0 {
		if err := batchInbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range batchInbox.abi.Events[event].Inputs {
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
func (batchInbox *BatchInbox) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["BatchAlreadyVoid"].ID.Bytes()[:4]) {
		return batchInbox.UnpackBatchAlreadyVoidError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["BatchNotMalformed"].ID.Bytes()[:4]) {
		return batchInbox.UnpackBatchNotMalformedError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["BatchTooLarge"].ID.Bytes()[:4]) {
		return batchInbox.UnpackBatchTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["DAAlreadySet"].ID.Bytes()[:4]) {
		return batchInbox.UnpackDAAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["DAModeUnsupported"].ID.Bytes()[:4]) {
		return batchInbox.UnpackDAModeUnsupportedError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["DataHashMismatch"].ID.Bytes()[:4]) {
		return batchInbox.UnpackDataHashMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["DataLengthMismatch"].ID.Bytes()[:4]) {
		return batchInbox.UnpackDataLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["DataRootNotZero"].ID.Bytes()[:4]) {
		return batchInbox.UnpackDataRootNotZeroError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["DataRootZero"].ID.Bytes()[:4]) {
		return batchInbox.UnpackDataRootZeroError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["DifferentSigners"].ID.Bytes()[:4]) {
		return batchInbox.UnpackDifferentSignersError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["EquivocationAlreadyProven"].ID.Bytes()[:4]) {
		return batchInbox.UnpackEquivocationAlreadyProvenError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["EscapeHatchClosed"].ID.Bytes()[:4]) {
		return batchInbox.UnpackEscapeHatchClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["HeaderMismatch"].ID.Bytes()[:4]) {
		return batchInbox.UnpackHeaderMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return batchInbox.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return batchInbox.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["InvalidSignatureLength"].ID.Bytes()[:4]) {
		return batchInbox.UnpackInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["L2TimestampDecreased"].ID.Bytes()[:4]) {
		return batchInbox.UnpackL2TimestampDecreasedError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["MalformedWindowClosed"].ID.Bytes()[:4]) {
		return batchInbox.UnpackMalformedWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["NoUnconsumedEntries"].ID.Bytes()[:4]) {
		return batchInbox.UnpackNoUnconsumedEntriesError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["NotAllowedToPost"].ID.Bytes()[:4]) {
		return batchInbox.UnpackNotAllowedToPostError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["NotDAChallenge"].ID.Bytes()[:4]) {
		return batchInbox.UnpackNotDAChallengeError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["NotDeployer"].ID.Bytes()[:4]) {
		return batchInbox.UnpackNotDeployerError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["NumberMismatch"].ID.Bytes()[:4]) {
		return batchInbox.UnpackNumberMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["OriginHasCode"].ID.Bytes()[:4]) {
		return batchInbox.UnpackOriginHasCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["OverdueNotConsumed"].ID.Bytes()[:4]) {
		return batchInbox.UnpackOverdueNotConsumedError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["ParentMismatch"].ID.Bytes()[:4]) {
		return batchInbox.UnpackParentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["PosterNotOrigin"].ID.Bytes()[:4]) {
		return batchInbox.UnpackPosterNotOriginError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["QueueBeyondInbox"].ID.Bytes()[:4]) {
		return batchInbox.UnpackQueueBeyondInboxError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["QueueDiscontinuity"].ID.Bytes()[:4]) {
		return batchInbox.UnpackQueueDiscontinuityError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["QueueRangeInvalid"].ID.Bytes()[:4]) {
		return batchInbox.UnpackQueueRangeInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["SameHeader"].ID.Bytes()[:4]) {
		return batchInbox.UnpackSameHeaderError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["SignatureHighS"].ID.Bytes()[:4]) {
		return batchInbox.UnpackSignatureHighSError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["SignerNotActive"].ID.Bytes()[:4]) {
		return batchInbox.UnpackSignerNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["SignersMismatch"].ID.Bytes()[:4]) {
		return batchInbox.UnpackSignersMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["SignersNotSorted"].ID.Bytes()[:4]) {
		return batchInbox.UnpackSignersNotSortedError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["TooManyTxs"].ID.Bytes()[:4]) {
		return batchInbox.UnpackTooManyTxsError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["UnexpectedBatchData"].ID.Bytes()[:4]) {
		return batchInbox.UnpackUnexpectedBatchDataError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["UnexpectedDACert"].ID.Bytes()[:4]) {
		return batchInbox.UnpackUnexpectedDACertError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["UnknownBatch"].ID.Bytes()[:4]) {
		return batchInbox.UnpackUnknownBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["UnknownSigner"].ID.Bytes()[:4]) {
		return batchInbox.UnpackUnknownSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["WrongBatchNumber"].ID.Bytes()[:4]) {
		return batchInbox.UnpackWrongBatchNumberError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["WrongParentHash"].ID.Bytes()[:4]) {
		return batchInbox.UnpackWrongParentHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return batchInbox.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["ZeroForceGrace"].ID.Bytes()[:4]) {
		return batchInbox.UnpackZeroForceGraceError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["ZeroMalformedWindow"].ID.Bytes()[:4]) {
		return batchInbox.UnpackZeroMalformedWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["ZeroMaxBatchBytes"].ID.Bytes()[:4]) {
		return batchInbox.UnpackZeroMaxBatchBytesError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchInbox.abi.Errors["ZeroMaxBatchTxs"].ID.Bytes()[:4]) {
		return batchInbox.UnpackZeroMaxBatchTxsError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BatchInboxBatchAlreadyVoid represents a BatchAlreadyVoid error raised by the BatchInbox contract.
type BatchInboxBatchAlreadyVoid struct {
	Number uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchAlreadyVoid(uint64 number)
func BatchInboxBatchAlreadyVoidErrorID() common.Hash {
	return common.HexToHash("0x67b4f2e07cc7937c686982d1c1f510e45e30fbd2ef8e1992d9da38ed94da3081")
}

// UnpackBatchAlreadyVoidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchAlreadyVoid(uint64 number)
func (batchInbox *BatchInbox) UnpackBatchAlreadyVoidError(raw []byte) (*BatchInboxBatchAlreadyVoid, error) {
	out := new(BatchInboxBatchAlreadyVoid)
	if err := batchInbox.abi.UnpackIntoInterface(out, "BatchAlreadyVoid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxBatchNotMalformed represents a BatchNotMalformed error raised by the BatchInbox contract.
type BatchInboxBatchNotMalformed struct {
	Number uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchNotMalformed(uint64 number)
func BatchInboxBatchNotMalformedErrorID() common.Hash {
	return common.HexToHash("0xe034f50cdf1defccd690f9bd88671ae4c697df4780aea9cbf4fd8723186bc242")
}

// UnpackBatchNotMalformedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchNotMalformed(uint64 number)
func (batchInbox *BatchInbox) UnpackBatchNotMalformedError(raw []byte) (*BatchInboxBatchNotMalformed, error) {
	out := new(BatchInboxBatchNotMalformed)
	if err := batchInbox.abi.UnpackIntoInterface(out, "BatchNotMalformed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxBatchTooLarge represents a BatchTooLarge error raised by the BatchInbox contract.
type BatchInboxBatchTooLarge struct {
	DataLength uint32
	Max        uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchTooLarge(uint32 dataLength, uint32 max)
func BatchInboxBatchTooLargeErrorID() common.Hash {
	return common.HexToHash("0x5205feebc01b642d4b2debdaf20889d636aca077c17918db30e475454e71990e")
}

// UnpackBatchTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchTooLarge(uint32 dataLength, uint32 max)
func (batchInbox *BatchInbox) UnpackBatchTooLargeError(raw []byte) (*BatchInboxBatchTooLarge, error) {
	out := new(BatchInboxBatchTooLarge)
	if err := batchInbox.abi.UnpackIntoInterface(out, "BatchTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxDAAlreadySet represents a DAAlreadySet error raised by the BatchInbox contract.
type BatchInboxDAAlreadySet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DAAlreadySet()
func BatchInboxDAAlreadySetErrorID() common.Hash {
	return common.HexToHash("0xb9ac296f952bac3a3e58ddf9163529169e45fa5af63f304a583645bc4ee08861")
}

// UnpackDAAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DAAlreadySet()
func (batchInbox *BatchInbox) UnpackDAAlreadySetError(raw []byte) (*BatchInboxDAAlreadySet, error) {
	out := new(BatchInboxDAAlreadySet)
	if err := batchInbox.abi.UnpackIntoInterface(out, "DAAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxDAModeUnsupported represents a DAModeUnsupported error raised by the BatchInbox contract.
type BatchInboxDAModeUnsupported struct {
	Mode uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DAModeUnsupported(uint8 mode)
func BatchInboxDAModeUnsupportedErrorID() common.Hash {
	return common.HexToHash("0x7e61d6acaef437e1591cebb11a6357828e7b7b60d845356ae9022c4cb37f770a")
}

// UnpackDAModeUnsupportedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DAModeUnsupported(uint8 mode)
func (batchInbox *BatchInbox) UnpackDAModeUnsupportedError(raw []byte) (*BatchInboxDAModeUnsupported, error) {
	out := new(BatchInboxDAModeUnsupported)
	if err := batchInbox.abi.UnpackIntoInterface(out, "DAModeUnsupported", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxDataHashMismatch represents a DataHashMismatch error raised by the BatchInbox contract.
type BatchInboxDataHashMismatch struct {
	Expected [32]byte
	Actual   [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DataHashMismatch(bytes32 expected, bytes32 actual)
func BatchInboxDataHashMismatchErrorID() common.Hash {
	return common.HexToHash("0xde40be1e9f64c0019b9657ce0388c195b4f1277995d83721819fb7a49983e10b")
}

// UnpackDataHashMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DataHashMismatch(bytes32 expected, bytes32 actual)
func (batchInbox *BatchInbox) UnpackDataHashMismatchError(raw []byte) (*BatchInboxDataHashMismatch, error) {
	out := new(BatchInboxDataHashMismatch)
	if err := batchInbox.abi.UnpackIntoInterface(out, "DataHashMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxDataLengthMismatch represents a DataLengthMismatch error raised by the BatchInbox contract.
type BatchInboxDataLengthMismatch struct {
	Expected *big.Int
	Actual   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DataLengthMismatch(uint256 expected, uint256 actual)
func BatchInboxDataLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xf3015dbf72ea8760610efd7fcedc5d1af2e8cbf356dde9e332df8f0084814532")
}

// UnpackDataLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DataLengthMismatch(uint256 expected, uint256 actual)
func (batchInbox *BatchInbox) UnpackDataLengthMismatchError(raw []byte) (*BatchInboxDataLengthMismatch, error) {
	out := new(BatchInboxDataLengthMismatch)
	if err := batchInbox.abi.UnpackIntoInterface(out, "DataLengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxDataRootNotZero represents a DataRootNotZero error raised by the BatchInbox contract.
type BatchInboxDataRootNotZero struct {
	DataRoot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DataRootNotZero(bytes32 dataRoot)
func BatchInboxDataRootNotZeroErrorID() common.Hash {
	return common.HexToHash("0x9239e798cfbc6d13b840d7512c966c9bb77ca69c8410638d26a0c78afe88ab23")
}

// UnpackDataRootNotZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DataRootNotZero(bytes32 dataRoot)
func (batchInbox *BatchInbox) UnpackDataRootNotZeroError(raw []byte) (*BatchInboxDataRootNotZero, error) {
	out := new(BatchInboxDataRootNotZero)
	if err := batchInbox.abi.UnpackIntoInterface(out, "DataRootNotZero", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxDataRootZero represents a DataRootZero error raised by the BatchInbox contract.
type BatchInboxDataRootZero struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DataRootZero()
func BatchInboxDataRootZeroErrorID() common.Hash {
	return common.HexToHash("0x158391b42e14aece1e1c3afb37f1e6967f4dc369ed4d5303cf8049f5b1cea1c7")
}

// UnpackDataRootZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DataRootZero()
func (batchInbox *BatchInbox) UnpackDataRootZeroError(raw []byte) (*BatchInboxDataRootZero, error) {
	out := new(BatchInboxDataRootZero)
	if err := batchInbox.abi.UnpackIntoInterface(out, "DataRootZero", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxDifferentSigners represents a DifferentSigners error raised by the BatchInbox contract.
type BatchInboxDifferentSigners struct {
	SignerA common.Address
	SignerB common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DifferentSigners(address signerA, address signerB)
func BatchInboxDifferentSignersErrorID() common.Hash {
	return common.HexToHash("0xa530eb3c2045aa9d3abf7bd431044bcbb8999ea87280e735ad558f2883b68980")
}

// UnpackDifferentSignersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DifferentSigners(address signerA, address signerB)
func (batchInbox *BatchInbox) UnpackDifferentSignersError(raw []byte) (*BatchInboxDifferentSigners, error) {
	out := new(BatchInboxDifferentSigners)
	if err := batchInbox.abi.UnpackIntoInterface(out, "DifferentSigners", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxEquivocationAlreadyProven represents a EquivocationAlreadyProven error raised by the BatchInbox contract.
type BatchInboxEquivocationAlreadyProven struct {
	Signer common.Address
	Number uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EquivocationAlreadyProven(address signer, uint64 number)
func BatchInboxEquivocationAlreadyProvenErrorID() common.Hash {
	return common.HexToHash("0xbf81db76e95a0e44c40c4199db5f7adbd96cac376d130d8258af9f34ed8f1658")
}

// UnpackEquivocationAlreadyProvenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EquivocationAlreadyProven(address signer, uint64 number)
func (batchInbox *BatchInbox) UnpackEquivocationAlreadyProvenError(raw []byte) (*BatchInboxEquivocationAlreadyProven, error) {
	out := new(BatchInboxEquivocationAlreadyProven)
	if err := batchInbox.abi.UnpackIntoInterface(out, "EquivocationAlreadyProven", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxEscapeHatchClosed represents a EscapeHatchClosed error raised by the BatchInbox contract.
type BatchInboxEscapeHatchClosed struct {
	OldestEntry uint64
	OpensAfter  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscapeHatchClosed(uint64 oldestEntry, uint256 opensAfter)
func BatchInboxEscapeHatchClosedErrorID() common.Hash {
	return common.HexToHash("0xffc8ffca79426b7fb9f7c98ef60fe096c1aac1d596a43b72d17a87b159175760")
}

// UnpackEscapeHatchClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscapeHatchClosed(uint64 oldestEntry, uint256 opensAfter)
func (batchInbox *BatchInbox) UnpackEscapeHatchClosedError(raw []byte) (*BatchInboxEscapeHatchClosed, error) {
	out := new(BatchInboxEscapeHatchClosed)
	if err := batchInbox.abi.UnpackIntoInterface(out, "EscapeHatchClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxHeaderMismatch represents a HeaderMismatch error raised by the BatchInbox contract.
type BatchInboxHeaderMismatch struct {
	Number uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HeaderMismatch(uint64 number)
func BatchInboxHeaderMismatchErrorID() common.Hash {
	return common.HexToHash("0x6b5aad3aa69b148066c1485cba3bc4b4ad374d0097c6e140d8a887a6d0c77d60")
}

// UnpackHeaderMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HeaderMismatch(uint64 number)
func (batchInbox *BatchInbox) UnpackHeaderMismatchError(raw []byte) (*BatchInboxHeaderMismatch, error) {
	out := new(BatchInboxHeaderMismatch)
	if err := batchInbox.abi.UnpackIntoInterface(out, "HeaderMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxInsufficientStake represents a InsufficientStake error raised by the BatchInbox contract.
type BatchInboxInsufficientStake struct {
	SignedPower *big.Int
	TotalPower  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 signedPower, uint256 totalPower)
func BatchInboxInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x45be0a261a88f9fedc41221879f08865d5e8d6053c877967e6e8e39e5697e6d5")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 signedPower, uint256 totalPower)
func (batchInbox *BatchInbox) UnpackInsufficientStakeError(raw []byte) (*BatchInboxInsufficientStake, error) {
	out := new(BatchInboxInsufficientStake)
	if err := batchInbox.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxInvalidSignature represents a InvalidSignature error raised by the BatchInbox contract.
type BatchInboxInvalidSignature struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature(uint256 index)
func BatchInboxInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x52bf9848f4f569cd5e845a26f8524878f8ac004dcaace7433d78683624c84a76")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature(uint256 index)
func (batchInbox *BatchInbox) UnpackInvalidSignatureError(raw []byte) (*BatchInboxInvalidSignature, error) {
	out := new(BatchInboxInvalidSignature)
	if err := batchInbox.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxInvalidSignatureLength represents a InvalidSignatureLength error raised by the BatchInbox contract.
type BatchInboxInvalidSignatureLength struct {
	Index  *big.Int
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignatureLength(uint256 index, uint256 length)
func BatchInboxInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xd615d706041fee9bdaedc88db8e2a7753d27b49c92dd022641ff95fdad3b01aa")
}

// UnpackInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignatureLength(uint256 index, uint256 length)
func (batchInbox *BatchInbox) UnpackInvalidSignatureLengthError(raw []byte) (*BatchInboxInvalidSignatureLength, error) {
	out := new(BatchInboxInvalidSignatureLength)
	if err := batchInbox.abi.UnpackIntoInterface(out, "InvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxL2TimestampDecreased represents a L2TimestampDecreased error raised by the BatchInbox contract.
type BatchInboxL2TimestampDecreased struct {
	Previous uint64
	Got      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error L2TimestampDecreased(uint64 previous, uint64 got)
func BatchInboxL2TimestampDecreasedErrorID() common.Hash {
	return common.HexToHash("0xcc5802e9c2d84251db9497ee1cc3c92a288b6de5723210cd89548d7d1298788e")
}

// UnpackL2TimestampDecreasedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error L2TimestampDecreased(uint64 previous, uint64 got)
func (batchInbox *BatchInbox) UnpackL2TimestampDecreasedError(raw []byte) (*BatchInboxL2TimestampDecreased, error) {
	out := new(BatchInboxL2TimestampDecreased)
	if err := batchInbox.abi.UnpackIntoInterface(out, "L2TimestampDecreased", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxMalformedWindowClosed represents a MalformedWindowClosed error raised by the BatchInbox contract.
type BatchInboxMalformedWindowClosed struct {
	Number   uint64
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedWindowClosed(uint64 number, uint64 deadline)
func BatchInboxMalformedWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x72fc92c33c19bf8106402f8e547384feeb36f7a77c90256d31ae4e4d688f62bc")
}

// UnpackMalformedWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedWindowClosed(uint64 number, uint64 deadline)
func (batchInbox *BatchInbox) UnpackMalformedWindowClosedError(raw []byte) (*BatchInboxMalformedWindowClosed, error) {
	out := new(BatchInboxMalformedWindowClosed)
	if err := batchInbox.abi.UnpackIntoInterface(out, "MalformedWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxNoUnconsumedEntries represents a NoUnconsumedEntries error raised by the BatchInbox contract.
type BatchInboxNoUnconsumedEntries struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoUnconsumedEntries()
func BatchInboxNoUnconsumedEntriesErrorID() common.Hash {
	return common.HexToHash("0xf3f139fc652c6b966b1ea033d9f1ccf7b54b756943a4c47e3fae0727bcaa121f")
}

// UnpackNoUnconsumedEntriesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoUnconsumedEntries()
func (batchInbox *BatchInbox) UnpackNoUnconsumedEntriesError(raw []byte) (*BatchInboxNoUnconsumedEntries, error) {
	out := new(BatchInboxNoUnconsumedEntries)
	if err := batchInbox.abi.UnpackIntoInterface(out, "NoUnconsumedEntries", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxNotAllowedToPost represents a NotAllowedToPost error raised by the BatchInbox contract.
type BatchInboxNotAllowedToPost struct {
	Poster common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAllowedToPost(address poster)
func BatchInboxNotAllowedToPostErrorID() common.Hash {
	return common.HexToHash("0x29f2e71c73f7ffe4e75883d3be2ee7b937cda3605e8910b8661de322f3b647ce")
}

// UnpackNotAllowedToPostError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAllowedToPost(address poster)
func (batchInbox *BatchInbox) UnpackNotAllowedToPostError(raw []byte) (*BatchInboxNotAllowedToPost, error) {
	out := new(BatchInboxNotAllowedToPost)
	if err := batchInbox.abi.UnpackIntoInterface(out, "NotAllowedToPost", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxNotDAChallenge represents a NotDAChallenge error raised by the BatchInbox contract.
type BatchInboxNotDAChallenge struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDAChallenge(address caller)
func BatchInboxNotDAChallengeErrorID() common.Hash {
	return common.HexToHash("0xdd34c7a89dca8720f61b0e33ad1afa5cf400833e4e421fec56de40c322ae80a8")
}

// UnpackNotDAChallengeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDAChallenge(address caller)
func (batchInbox *BatchInbox) UnpackNotDAChallengeError(raw []byte) (*BatchInboxNotDAChallenge, error) {
	out := new(BatchInboxNotDAChallenge)
	if err := batchInbox.abi.UnpackIntoInterface(out, "NotDAChallenge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxNotDeployer represents a NotDeployer error raised by the BatchInbox contract.
type BatchInboxNotDeployer struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDeployer(address caller)
func BatchInboxNotDeployerErrorID() common.Hash {
	return common.HexToHash("0x0c8cc036c9c98ca91a606f42bb4fd73acf8431b681f0e19ddaaaf88693e5c4a5")
}

// UnpackNotDeployerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDeployer(address caller)
func (batchInbox *BatchInbox) UnpackNotDeployerError(raw []byte) (*BatchInboxNotDeployer, error) {
	out := new(BatchInboxNotDeployer)
	if err := batchInbox.abi.UnpackIntoInterface(out, "NotDeployer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxNumberMismatch represents a NumberMismatch error raised by the BatchInbox contract.
type BatchInboxNumberMismatch struct {
	NumberA uint64
	NumberB uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NumberMismatch(uint64 numberA, uint64 numberB)
func BatchInboxNumberMismatchErrorID() common.Hash {
	return common.HexToHash("0x4eff0ce484eb386d086a327c7ab0076b51a2235f3fae2ed359e4192e4d0e9cd7")
}

// UnpackNumberMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NumberMismatch(uint64 numberA, uint64 numberB)
func (batchInbox *BatchInbox) UnpackNumberMismatchError(raw []byte) (*BatchInboxNumberMismatch, error) {
	out := new(BatchInboxNumberMismatch)
	if err := batchInbox.abi.UnpackIntoInterface(out, "NumberMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxOriginHasCode represents a OriginHasCode error raised by the BatchInbox contract.
type BatchInboxOriginHasCode struct {
	Origin common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OriginHasCode(address origin)
func BatchInboxOriginHasCodeErrorID() common.Hash {
	return common.HexToHash("0x9b911b5fb7492d5348fb109cf3e518433f372103b70b1784f9d97ac23863c19a")
}

// UnpackOriginHasCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OriginHasCode(address origin)
func (batchInbox *BatchInbox) UnpackOriginHasCodeError(raw []byte) (*BatchInboxOriginHasCode, error) {
	out := new(BatchInboxOriginHasCode)
	if err := batchInbox.abi.UnpackIntoInterface(out, "OriginHasCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxOverdueNotConsumed represents a OverdueNotConsumed error raised by the BatchInbox contract.
type BatchInboxOverdueNotConsumed struct {
	QueueEnd     uint64
	OverdueCount uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OverdueNotConsumed(uint64 queueEnd, uint64 overdueCount)
func BatchInboxOverdueNotConsumedErrorID() common.Hash {
	return common.HexToHash("0xea5fc070dd3f3555f3785c3202f53a48f8e2031b07f2c2cf5e69bb3fb2d220ba")
}

// UnpackOverdueNotConsumedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OverdueNotConsumed(uint64 queueEnd, uint64 overdueCount)
func (batchInbox *BatchInbox) UnpackOverdueNotConsumedError(raw []byte) (*BatchInboxOverdueNotConsumed, error) {
	out := new(BatchInboxOverdueNotConsumed)
	if err := batchInbox.abi.UnpackIntoInterface(out, "OverdueNotConsumed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxParentMismatch represents a ParentMismatch error raised by the BatchInbox contract.
type BatchInboxParentMismatch struct {
	ParentA [32]byte
	ParentB [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ParentMismatch(bytes32 parentA, bytes32 parentB)
func BatchInboxParentMismatchErrorID() common.Hash {
	return common.HexToHash("0x59b3f2d3c5238ca0f4275f0dc44177e55522acb4605f93fe3cab16904ac72b2b")
}

// UnpackParentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ParentMismatch(bytes32 parentA, bytes32 parentB)
func (batchInbox *BatchInbox) UnpackParentMismatchError(raw []byte) (*BatchInboxParentMismatch, error) {
	out := new(BatchInboxParentMismatch)
	if err := batchInbox.abi.UnpackIntoInterface(out, "ParentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxPosterNotOrigin represents a PosterNotOrigin error raised by the BatchInbox contract.
type BatchInboxPosterNotOrigin struct {
	Poster common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PosterNotOrigin(address poster)
func BatchInboxPosterNotOriginErrorID() common.Hash {
	return common.HexToHash("0x89e6c20af8baaa3d7be9e65e2683377c4ec570a052060fae140878990baef09c")
}

// UnpackPosterNotOriginError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PosterNotOrigin(address poster)
func (batchInbox *BatchInbox) UnpackPosterNotOriginError(raw []byte) (*BatchInboxPosterNotOrigin, error) {
	out := new(BatchInboxPosterNotOrigin)
	if err := batchInbox.abi.UnpackIntoInterface(out, "PosterNotOrigin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxQueueBeyondInbox represents a QueueBeyondInbox error raised by the BatchInbox contract.
type BatchInboxQueueBeyondInbox struct {
	QueueEnd    uint64
	InboxLength uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QueueBeyondInbox(uint64 queueEnd, uint64 inboxLength)
func BatchInboxQueueBeyondInboxErrorID() common.Hash {
	return common.HexToHash("0xe7bb821e2d4680b5dc43f4002bb690a55ccd424f829087e830a46e1189b1aacf")
}

// UnpackQueueBeyondInboxError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QueueBeyondInbox(uint64 queueEnd, uint64 inboxLength)
func (batchInbox *BatchInbox) UnpackQueueBeyondInboxError(raw []byte) (*BatchInboxQueueBeyondInbox, error) {
	out := new(BatchInboxQueueBeyondInbox)
	if err := batchInbox.abi.UnpackIntoInterface(out, "QueueBeyondInbox", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxQueueDiscontinuity represents a QueueDiscontinuity error raised by the BatchInbox contract.
type BatchInboxQueueDiscontinuity struct {
	Expected uint64
	Got      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QueueDiscontinuity(uint64 expected, uint64 got)
func BatchInboxQueueDiscontinuityErrorID() common.Hash {
	return common.HexToHash("0x8d5049fb4a07e687581f1bd30a401bc5e6cdc37ce626cd1299ebd7bade0d1b5b")
}

// UnpackQueueDiscontinuityError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QueueDiscontinuity(uint64 expected, uint64 got)
func (batchInbox *BatchInbox) UnpackQueueDiscontinuityError(raw []byte) (*BatchInboxQueueDiscontinuity, error) {
	out := new(BatchInboxQueueDiscontinuity)
	if err := batchInbox.abi.UnpackIntoInterface(out, "QueueDiscontinuity", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxQueueRangeInvalid represents a QueueRangeInvalid error raised by the BatchInbox contract.
type BatchInboxQueueRangeInvalid struct {
	QueueStart uint64
	QueueEnd   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QueueRangeInvalid(uint64 queueStart, uint64 queueEnd)
func BatchInboxQueueRangeInvalidErrorID() common.Hash {
	return common.HexToHash("0x3cae2396515b6594202a46bef49ce18fb146551d6d3f7df426005a1a662681c0")
}

// UnpackQueueRangeInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QueueRangeInvalid(uint64 queueStart, uint64 queueEnd)
func (batchInbox *BatchInbox) UnpackQueueRangeInvalidError(raw []byte) (*BatchInboxQueueRangeInvalid, error) {
	out := new(BatchInboxQueueRangeInvalid)
	if err := batchInbox.abi.UnpackIntoInterface(out, "QueueRangeInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxSameHeader represents a SameHeader error raised by the BatchInbox contract.
type BatchInboxSameHeader struct {
	HeaderHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SameHeader(bytes32 headerHash)
func BatchInboxSameHeaderErrorID() common.Hash {
	return common.HexToHash("0x3a1cf71ceeaabb3b76171bfb2f5f7b399f10c41c842801784877437c045c4342")
}

// UnpackSameHeaderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SameHeader(bytes32 headerHash)
func (batchInbox *BatchInbox) UnpackSameHeaderError(raw []byte) (*BatchInboxSameHeader, error) {
	out := new(BatchInboxSameHeader)
	if err := batchInbox.abi.UnpackIntoInterface(out, "SameHeader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxSignatureHighS represents a SignatureHighS error raised by the BatchInbox contract.
type BatchInboxSignatureHighS struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignatureHighS(uint256 index)
func BatchInboxSignatureHighSErrorID() common.Hash {
	return common.HexToHash("0x086f55c475b0f46afbcc315555875d09817ddee4550db2c0afbe0584e3005f56")
}

// UnpackSignatureHighSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignatureHighS(uint256 index)
func (batchInbox *BatchInbox) UnpackSignatureHighSError(raw []byte) (*BatchInboxSignatureHighS, error) {
	out := new(BatchInboxSignatureHighS)
	if err := batchInbox.abi.UnpackIntoInterface(out, "SignatureHighS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxSignerNotActive represents a SignerNotActive error raised by the BatchInbox contract.
type BatchInboxSignerNotActive struct {
	Index  *big.Int
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignerNotActive(uint256 index, address signer)
func BatchInboxSignerNotActiveErrorID() common.Hash {
	return common.HexToHash("0x8c6c50e920590dde9a5502ec6cfbe1d2f74a90cb6f7f09908a01688fd6cc9078")
}

// UnpackSignerNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignerNotActive(uint256 index, address signer)
func (batchInbox *BatchInbox) UnpackSignerNotActiveError(raw []byte) (*BatchInboxSignerNotActive, error) {
	out := new(BatchInboxSignerNotActive)
	if err := batchInbox.abi.UnpackIntoInterface(out, "SignerNotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxSignersMismatch represents a SignersMismatch error raised by the BatchInbox contract.
type BatchInboxSignersMismatch struct {
	Number uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignersMismatch(uint64 number)
func BatchInboxSignersMismatchErrorID() common.Hash {
	return common.HexToHash("0xee4b3d929f85cbdd071ad2d098ece59d1442eef2e5fbc324bc0982f733724990")
}

// UnpackSignersMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignersMismatch(uint64 number)
func (batchInbox *BatchInbox) UnpackSignersMismatchError(raw []byte) (*BatchInboxSignersMismatch, error) {
	out := new(BatchInboxSignersMismatch)
	if err := batchInbox.abi.UnpackIntoInterface(out, "SignersMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxSignersNotSorted represents a SignersNotSorted error raised by the BatchInbox contract.
type BatchInboxSignersNotSorted struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignersNotSorted(uint256 index)
func BatchInboxSignersNotSortedErrorID() common.Hash {
	return common.HexToHash("0x151f10f86bf4480fbedfdcb66cc3252205bafbd1bb4d06cbab5e6422ecd5ac9b")
}

// UnpackSignersNotSortedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignersNotSorted(uint256 index)
func (batchInbox *BatchInbox) UnpackSignersNotSortedError(raw []byte) (*BatchInboxSignersNotSorted, error) {
	out := new(BatchInboxSignersNotSorted)
	if err := batchInbox.abi.UnpackIntoInterface(out, "SignersNotSorted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxTooManyTxs represents a TooManyTxs error raised by the BatchInbox contract.
type BatchInboxTooManyTxs struct {
	TxCount uint32
	Max     uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyTxs(uint32 txCount, uint32 max)
func BatchInboxTooManyTxsErrorID() common.Hash {
	return common.HexToHash("0xf8b56d624c3c9ba6073a39daff2af98c520c5e40cdbeb3e59cf30f906db4d06c")
}

// UnpackTooManyTxsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyTxs(uint32 txCount, uint32 max)
func (batchInbox *BatchInbox) UnpackTooManyTxsError(raw []byte) (*BatchInboxTooManyTxs, error) {
	out := new(BatchInboxTooManyTxs)
	if err := batchInbox.abi.UnpackIntoInterface(out, "TooManyTxs", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxUnexpectedBatchData represents a UnexpectedBatchData error raised by the BatchInbox contract.
type BatchInboxUnexpectedBatchData struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedBatchData()
func BatchInboxUnexpectedBatchDataErrorID() common.Hash {
	return common.HexToHash("0xef402e387eb2d9d897f05cd801fb15496044ea2c434c1149c560a148d90468bd")
}

// UnpackUnexpectedBatchDataError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedBatchData()
func (batchInbox *BatchInbox) UnpackUnexpectedBatchDataError(raw []byte) (*BatchInboxUnexpectedBatchData, error) {
	out := new(BatchInboxUnexpectedBatchData)
	if err := batchInbox.abi.UnpackIntoInterface(out, "UnexpectedBatchData", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxUnexpectedDACert represents a UnexpectedDACert error raised by the BatchInbox contract.
type BatchInboxUnexpectedDACert struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedDACert()
func BatchInboxUnexpectedDACertErrorID() common.Hash {
	return common.HexToHash("0x7c197cc512fb114fb0224c425d402fe440e6d66900f8e85d72124ce861b3a5b3")
}

// UnpackUnexpectedDACertError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedDACert()
func (batchInbox *BatchInbox) UnpackUnexpectedDACertError(raw []byte) (*BatchInboxUnexpectedDACert, error) {
	out := new(BatchInboxUnexpectedDACert)
	if err := batchInbox.abi.UnpackIntoInterface(out, "UnexpectedDACert", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxUnknownBatch represents a UnknownBatch error raised by the BatchInbox contract.
type BatchInboxUnknownBatch struct {
	Number uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownBatch(uint64 number)
func BatchInboxUnknownBatchErrorID() common.Hash {
	return common.HexToHash("0x29323ffff0d2ae0465a5a02be95b40fbdb0fc0656d05f820f3904c4580a7b0c1")
}

// UnpackUnknownBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownBatch(uint64 number)
func (batchInbox *BatchInbox) UnpackUnknownBatchError(raw []byte) (*BatchInboxUnknownBatch, error) {
	out := new(BatchInboxUnknownBatch)
	if err := batchInbox.abi.UnpackIntoInterface(out, "UnknownBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxUnknownSigner represents a UnknownSigner error raised by the BatchInbox contract.
type BatchInboxUnknownSigner struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownSigner(address signer)
func BatchInboxUnknownSignerErrorID() common.Hash {
	return common.HexToHash("0xd7e8a2c26fd6e574581d4dadb54adcae8e49f64b22b2d5386731d559357f82c3")
}

// UnpackUnknownSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownSigner(address signer)
func (batchInbox *BatchInbox) UnpackUnknownSignerError(raw []byte) (*BatchInboxUnknownSigner, error) {
	out := new(BatchInboxUnknownSigner)
	if err := batchInbox.abi.UnpackIntoInterface(out, "UnknownSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxWrongBatchNumber represents a WrongBatchNumber error raised by the BatchInbox contract.
type BatchInboxWrongBatchNumber struct {
	Expected uint64
	Got      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBatchNumber(uint64 expected, uint64 got)
func BatchInboxWrongBatchNumberErrorID() common.Hash {
	return common.HexToHash("0xf6d1afa36c60dda2e4c126165c84a2780e137cd99c71afce355f63e282eaa0b4")
}

// UnpackWrongBatchNumberError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBatchNumber(uint64 expected, uint64 got)
func (batchInbox *BatchInbox) UnpackWrongBatchNumberError(raw []byte) (*BatchInboxWrongBatchNumber, error) {
	out := new(BatchInboxWrongBatchNumber)
	if err := batchInbox.abi.UnpackIntoInterface(out, "WrongBatchNumber", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxWrongParentHash represents a WrongParentHash error raised by the BatchInbox contract.
type BatchInboxWrongParentHash struct {
	Expected [32]byte
	Got      [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongParentHash(bytes32 expected, bytes32 got)
func BatchInboxWrongParentHashErrorID() common.Hash {
	return common.HexToHash("0x31754009d96e356ee0eb4b02cbbd4fa8e79873a28cb9ea6e131079407fd67eaa")
}

// UnpackWrongParentHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongParentHash(bytes32 expected, bytes32 got)
func (batchInbox *BatchInbox) UnpackWrongParentHashError(raw []byte) (*BatchInboxWrongParentHash, error) {
	out := new(BatchInboxWrongParentHash)
	if err := batchInbox.abi.UnpackIntoInterface(out, "WrongParentHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxZeroAddress represents a ZeroAddress error raised by the BatchInbox contract.
type BatchInboxZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func BatchInboxZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (batchInbox *BatchInbox) UnpackZeroAddressError(raw []byte) (*BatchInboxZeroAddress, error) {
	out := new(BatchInboxZeroAddress)
	if err := batchInbox.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxZeroForceGrace represents a ZeroForceGrace error raised by the BatchInbox contract.
type BatchInboxZeroForceGrace struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroForceGrace()
func BatchInboxZeroForceGraceErrorID() common.Hash {
	return common.HexToHash("0x5d0eb0808fe5b1a1f211fa0b8c863f2bc61d8e4f09cba70cdc5cbe0b527896ef")
}

// UnpackZeroForceGraceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroForceGrace()
func (batchInbox *BatchInbox) UnpackZeroForceGraceError(raw []byte) (*BatchInboxZeroForceGrace, error) {
	out := new(BatchInboxZeroForceGrace)
	if err := batchInbox.abi.UnpackIntoInterface(out, "ZeroForceGrace", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxZeroMalformedWindow represents a ZeroMalformedWindow error raised by the BatchInbox contract.
type BatchInboxZeroMalformedWindow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroMalformedWindow()
func BatchInboxZeroMalformedWindowErrorID() common.Hash {
	return common.HexToHash("0xa43111f7019ef70af9e048ef702078997311d6dabb0bc152f3e337dd8783b8f2")
}

// UnpackZeroMalformedWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroMalformedWindow()
func (batchInbox *BatchInbox) UnpackZeroMalformedWindowError(raw []byte) (*BatchInboxZeroMalformedWindow, error) {
	out := new(BatchInboxZeroMalformedWindow)
	if err := batchInbox.abi.UnpackIntoInterface(out, "ZeroMalformedWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxZeroMaxBatchBytes represents a ZeroMaxBatchBytes error raised by the BatchInbox contract.
type BatchInboxZeroMaxBatchBytes struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroMaxBatchBytes()
func BatchInboxZeroMaxBatchBytesErrorID() common.Hash {
	return common.HexToHash("0xad12e3cd82338e7de11a82cd1ceec38dde094e719cb232296422e059b709f626")
}

// UnpackZeroMaxBatchBytesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroMaxBatchBytes()
func (batchInbox *BatchInbox) UnpackZeroMaxBatchBytesError(raw []byte) (*BatchInboxZeroMaxBatchBytes, error) {
	out := new(BatchInboxZeroMaxBatchBytes)
	if err := batchInbox.abi.UnpackIntoInterface(out, "ZeroMaxBatchBytes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchInboxZeroMaxBatchTxs represents a ZeroMaxBatchTxs error raised by the BatchInbox contract.
type BatchInboxZeroMaxBatchTxs struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroMaxBatchTxs()
func BatchInboxZeroMaxBatchTxsErrorID() common.Hash {
	return common.HexToHash("0xb63f6d75e34feb56c730ae7211f49d18f6558c45762ec5959008527c95247d4a")
}

// UnpackZeroMaxBatchTxsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroMaxBatchTxs()
func (batchInbox *BatchInbox) UnpackZeroMaxBatchTxsError(raw []byte) (*BatchInboxZeroMaxBatchTxs, error) {
	out := new(BatchInboxZeroMaxBatchTxs)
	if err := batchInbox.abi.UnpackIntoInterface(out, "ZeroMaxBatchTxs", raw); err != nil {
		return nil, err
	}
	return out, nil
}
