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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractInbox\",\"name\":\"inbox_\",\"type\":\"address\"},{\"internalType\":\"contractSequencerSet\",\"name\":\"sequencerSet_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"forceGrace_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"malformedWindow_\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"maxBatchTxs_\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxBatchBytes_\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BatchAlreadyVoid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"BatchNotMalformed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"dataLength\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"BatchTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DAAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"mode\",\"type\":\"uint8\"}],\"name\":\"DAModeUnsupported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"actual\",\"type\":\"bytes32\"}],\"name\":\"DataHashMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"actual\",\"type\":\"uint256\"}],\"name\":\"DataLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"}],\"name\":\"DataRootNotZero\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DataRootZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signerA\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"signerB\",\"type\":\"address\"}],\"name\":\"DifferentSigners\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"EquivocationAlreadyProven\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"oldestEntry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"opensAfter\",\"type\":\"uint256\"}],\"name\":\"EscapeHatchClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"HeaderMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"signedStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"totalStake\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"previous\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"L2TimestampDecreased\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"MalformedWindowClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoUnconsumedEntries\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"}],\"name\":\"NotAllowedToPost\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDAChallenge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDeployer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"numberA\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"numberB\",\"type\":\"uint64\"}],\"name\":\"NumberMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"origin\",\"type\":\"address\"}],\"name\":\"OriginHasCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"overdueCount\",\"type\":\"uint64\"}],\"name\":\"OverdueNotConsumed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"}],\"name\":\"PosterNotOrigin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"inboxLength\",\"type\":\"uint64\"}],\"name\":\"QueueBeyondInbox\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"QueueDiscontinuity\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"}],\"name\":\"QueueRangeInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"}],\"name\":\"SameHeader\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"SignatureHighS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"SignerNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"SignersMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"SignersNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"txCount\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"TooManyTxs\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedBatchData\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedDACert\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"UnknownBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"UnknownSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"WrongBatchNumber\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"WrongParentHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroForceGrace\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroMalformedWindow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroMaxBatchBytes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroMaxBatchTxs\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"attesters\",\"type\":\"uint256[]\"}],\"name\":\"BatchAttested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"queueStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"txCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"dataLength\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2Timestamp\",\"type\":\"uint64\"}],\"indexed\":false,\"internalType\":\"structBatchHeader\",\"name\":\"header\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"cumTrace\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"daMode\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"}],\"name\":\"BatchPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"BatchVoided\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"daCommittee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"daChallenge\",\"type\":\"address\"}],\"name\":\"DASet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"headerHashA\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"headerHashB\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"EquivocationProven\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BATCH_HEADER_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DA_MODE_CALLDATA\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DA_MODE_CERTIFICATE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EMPTY_DATA_HASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EMPTY_SIGNERS_HASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FORCED_BATCH_PENALTY_DIVISOR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VOID_DATA_LENGTH\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VOID_DA_UNAVAILABLE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VOID_MALFORMED_RLP\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VOID_TX_COUNT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VOID_TX_ROOT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"}],\"name\":\"attestersHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"}],\"name\":\"batch\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"signersHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"cumTrace\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"postedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"daMode\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"isVoid\",\"type\":\"bool\"}],\"internalType\":\"structBatchInbox.Batch\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"chainHead\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash_\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2Timestamp\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"},{\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"checkSigners\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"}],\"name\":\"cumTrace\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"daChallenge\",\"outputs\":[{\"internalType\":\"contractIDAChallenge\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"daChallengePending\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"daCommittee\",\"outputs\":[{\"internalType\":\"contractIDACommittee\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escapeHatch\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"pending\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"oldestEntry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"opensAfter\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forceGrace\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedBatchPenalty\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"queueStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"txCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"dataLength\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2Timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structBatchHeader\",\"name\":\"h\",\"type\":\"tuple\"}],\"name\":\"hashHeader\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"}],\"name\":\"headerHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inbox\",\"outputs\":[{\"internalType\":\"contractInbox\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inclusionWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"inspectBatchData\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"}],\"name\":\"isForced\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"}],\"name\":\"isVoid\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestBatch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"}],\"name\":\"malformedDeadline\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"malformedWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxBatchBytes\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxBatchTxs\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"queueStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"txCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"dataLength\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2Timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structBatchHeader\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"},{\"internalType\":\"uint8\",\"name\":\"daMode\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"daCert\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"postBatch\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"hh\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"postForcedBatch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"}],\"name\":\"postedAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"queueStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"txCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"dataLength\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2Timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structBatchHeader\",\"name\":\"a\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigA\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"queueStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"txCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"dataLength\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2Timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structBatchHeader\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigB\",\"type\":\"bytes\"}],\"name\":\"proveEquivocation\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"queueStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"txCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"dataLength\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2Timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structBatchHeader\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"proveMalformed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencerSet\",\"outputs\":[{\"internalType\":\"contractSequencerSet\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIDACommittee\",\"name\":\"committee\",\"type\":\"address\"},{\"internalType\":\"contractIDAChallenge\",\"name\":\"challenge\",\"type\":\"address\"}],\"name\":\"setDA\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"}],\"name\":\"signersHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"queueStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"txCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"dataLength\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2Timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structBatchHeader\",\"name\":\"h\",\"type\":\"tuple\"}],\"name\":\"signingDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"voidByDAChallenge\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "BatchInbox",
	Bin: "0x6101e0604052348015610010575f5ffd5b506040516142ef3803806142ef83398101604081905261002f91610325565b6001600160a01b038616158061004c57506001600160a01b038516155b1561006a5760405163d92e233d60e01b815260040160405180910390fd5b836001600160401b03165f036100925760405162ba1d6160e71b815260040160405180910390fd5b826001600160401b03165f036100bb5760405163a43111f760e01b815260040160405180910390fd5b8163ffffffff165f036100e15760405163b63f6d7560e01b815260040160405180910390fd5b8063ffffffff165f036101075760405163ad12e3cd60e01b815260040160405180910390fd5b6001600160a01b03808716608081905290861660a0526040805163e88816e760e01b8152905163e88816e7916004808201926020929091908290030181865afa158015610156573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061017a919061039a565b6001600160401b0390811660c05284811660e05283166101005263ffffffff808316610120528116610140526040805163831518b760e01b81529051600a916001600160a01b0388169163831518b7916004808201926020929091908290030181865afa1580156101ed573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061021191906103ba565b61021b91906103d1565b6101605246610180526102cb604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fe07a6aeafbaf38f5d49a82b73624b3667e687e7fab77cd9b4cb95baa99555959918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b6101a0525050336101c052506103f092505050565b6001600160a01b03811681146102f4575f5ffd5b50565b80516001600160401b038116811461030d575f5ffd5b919050565b805163ffffffff8116811461030d575f5ffd5b5f5f5f5f5f5f60c0878903121561033a575f5ffd5b8651610345816102e0565b6020880151909650610356816102e0565b9450610364604088016102f7565b9350610372606088016102f7565b925061038060808801610312565b915061038e60a08801610312565b90509295509295509295565b5f602082840312156103aa575f5ffd5b6103b3826102f7565b9392505050565b5f602082840312156103ca575f5ffd5b5051919050565b5f826103eb57634e487b7160e01b5f52601260045260245ffd5b500490565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c051613dd061051f5f395f81816106d201526114d001525f611f2701525f611e5801525f8181610675015261111e01525f81816103fa0152818161265601526126c201525f8181610526015281816125b8015261262001525f81816103460152818161143b015261170601525f81816107cb01528181610aa00152610d1501525f818161075f01528181610aca0152610cc901525f818161073801528181610f3101528181610fac015281816110a8015281816118fa01528181611bd501528181611d2301526129eb01525f81816107fa0152818161096801528181610a2801528181610b8d01528181610c5301528181610ddd015281816123e201526124cb0152613dd05ff3fe608060405234801561000f575f5ffd5b506004361061028b575f3560e01c806395934bae11610161578063da32c6fd116100ca578063e930dad111610084578063e930dad1146107b3578063f14fc22c146107c6578063f698da25146107ed578063fb0e722b146107f5578063fe9aa4cf1461081c578063ff4684c51461082f575f5ffd5b8063da32c6fd14610710578063db22d43c14610718578063e2a222d31461072b578063e3704f3f14610733578063e88816e71461075a578063e8fda2e014610781575f5ffd5b8063a8c867791161011b578063a8c86779146106b2578063ac1a10e0146106aa578063ceb3b9c2146106ba578063d5f39488146106cd578063d62a0c6c146106f4578063d6d6fbdb14610709575f5ffd5b806395934bae14610639578063959d66711461064c578063a1651fe21461065f578063a2ba64a214610670578063a46032e614610697578063a62b80ce146106aa575f5ffd5b806338981b8b11610203578063707de359116101bd578063707de35914610548578063709927641461055b5780637112590b1461056e57806375bb20f314610580578063857553cc146105885780638611f83c14610609575f5ffd5b806338981b8b14610486578063541b39761461049957806364a171ba146104c0578063661ce390146104d357806367869f67146104fa5780636e8406cf14610521575f5ffd5b806320606b701161025457806320606b70146103c057806320f1d6db146103f557806335548e8d1461043157806335c407d21461044b57806336e36e8214610453578063388aae481461047e575f5ffd5b80628f51c61461028f5780630e34fd381461031e5780630e44743d146103415780631554611f146103805780631e0d1387146103ad575b5f5ffd5b6102e6604080516060810182526004546001600160401b03808216808452600160401b830482166020808601918252600160801b9094049092169385019384525f8181526002909352939091205490519151909293565b604080516001600160401b03958616815260208101949094529184169183019190915290911660608201526080015b60405180910390f35b61033161032c3660046132b9565b610842565b6040519015158152602001610315565b6103687f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b039091168152602001610315565b610388610949565b6040805193151584526001600160401b03909216602084015290820152606001610315565b6103686103bb3660046132f0565b610b1c565b6103e77f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f81565b604051908152602001610315565b61041c7f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff9091168152602001610315565b610439600281565b60405160ff9091168152602001610315565b6103e7600a81565b600154610466906001600160a01b031681565b6040516001600160a01b039091168152602001610315565b610368610b39565b6103e76104943660046132f0565b611198565b6103e77f42283defeb95482d4a9e9e7da41617799584e5d2806a4c72b286a6a6b4a8c8f581565b6103e76104ce366004613322565b6111ac565b6103e77f1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d4934781565b6103e77fc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a47081565b61041c7f000000000000000000000000000000000000000000000000000000000000000081565b6103e76105563660046133ba565b6111c4565b610331610569366004613483565b611311565b5f54610466906001600160a01b031681565b610439600481565b61059b6105963660046132f0565b611353565b60405161031591905f60e08201905082518252602083015160208301526001600160401b0360408401511660408301526001600160401b03606084015116606083015260ff608084015116608083015260a0830151151560a083015260c0830151151560c083015292915050565b61061c6106173660046134d3565b611409565b604080519315158452602084019290925290820152606001610315565b6103e76106473660046132f0565b611427565b61036861065a3660046132f0565b611438565b6004546001600160401b0316610368565b6103e77f000000000000000000000000000000000000000000000000000000000000000081565b6103e76106a53660046132f0565b611481565b610439600181565b610439600581565b6103316106c83660046132f0565b6114a7565b6104667f000000000000000000000000000000000000000000000000000000000000000081565b61070761070236600461351a565b6114c5565b005b6104395f81565b6103316115e1565b610707610726366004613536565b611671565b610439600381565b6104667f000000000000000000000000000000000000000000000000000000000000000081565b6103687f000000000000000000000000000000000000000000000000000000000000000081565b61079461078f3660046135b8565b6119d8565b604080516001600160a01b039093168352602083019190915201610315565b6103316107c13660046132f0565b611d9e565b6103687f000000000000000000000000000000000000000000000000000000000000000081565b6103e7611e55565b6104667f000000000000000000000000000000000000000000000000000000000000000081565b61036861082a3660046132f0565b611f49565b6103e761083d366004613322565b611f6d565b6001545f906001600160a01b03163314158061085c575033155b1561088157604051631ba698f560e31b81523360048201526024015b60405180910390fd5b5f61088b84611f88565b9050836001600160401b03165f036108c1576040516329323fff60e01b81526001600160401b0385166004820152602401610878565b6002810154600160901b900460ff16156108de575f915050610943565b60028101805460ff60901b1916600160901b179055604051600581526001600160a01b038416906001600160401b038616907f9bacfa59be565c29ad96633bcf7044586f6f04896716d02054626f6b53ea36dd9060200160405180910390a360019150505b92915050565b5f5f5f60045f0160089054906101000a90046001600160401b031691507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316631f7b6d326040518163ffffffff1660e01b8152600401602060405180830381865afa1580156109c2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109e6919061364d565b6001600160401b0316826001600160401b031610610a0857505f929091508290565b604051636ced947d60e01b81526001600160401b03831660048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636ced947d906024016040805180830381865afa158015610a74573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a989190613668565b9150506001837f00000000000000000000000000000000000000000000000000000000000000006001600160401b03167f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316846001600160401b0316610b06919061369f565b610b10919061369f565b93509350935050909192565b5f610b2682611f88565b600201546001600160401b031692915050565b60408051606081018252600480546001600160401b038082168452600160401b82048116602080860191909152600160801b90920416838501528351630fbdb69960e11b815293515f946001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001693631f7b6d32938282019390929091908290030181865afa158015610bd4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bf8919061364d565b6001600160401b031681602001516001600160401b031610610c2d57604051633cfc4e7f60e21b815260040160405180910390fd5b6020810151604051636ced947d60e01b81526001600160401b0390911660048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636ced947d906024016040805180830381865afa158015610c9f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610cc39190613668565b9150505f7f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316826001600160401b0316610d05919061369f565b90505f610d3b6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168361369f565b9050804211610d785760208401516040516001621b801b60e11b031981526001600160401b03909116600482015260248101829052604401610878565b8351610d859060016136b2565b94505f604051806101600160405280876001600160401b0316815260200160025f885f01516001600160401b031681526020019081526020015f205f0154815260200186602001516001600160401b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663cfd0fa496040518163ffffffff1660e01b8152600401602060405180830381865afa158015610e37573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e5b919061364d565b6001600160401b031681526020015f63ffffffff1681526020015f5f1b81526020017f1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d4934781526020015f5f1b8152602001600163ffffffff1681526020015f5f1b815260200186604001516001600160401b03164211610ede578660400151610ee0565b425b6001600160401b031690529050610f1181610efa81611fdf565b604080515f8082526020820190925290600161200e565b604051630da05f1360e41b81526001600160401b03841660048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063bd997c5a90829063da05f13090602401602060405180830381865afa158015610f86573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610faa919061364d565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633359632e6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611006573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061102a919061364d565b6040516001600160e01b031960e085901b1681526001600160401b039283166004820152911660248201526044015f60405180830381865afa158015611072573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526110999190810190613760565b90505f5b815181101561118e577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663e74f82398383815181106110e7576110e76137f4565b60209081029190910101516040516001600160e01b031960e084901b1681526001600160a01b0390911660048201523360248201527f000000000000000000000000000000000000000000000000000000000000000060448201526064016020604051808303815f875af1158015611161573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111859190613808565b5060010161109d565b5050505050505090565b5f6111a282611f88565b6001015492915050565b5f6109436111bf36849003840184613832565b611fdf565b604080516060810182526004546001600160401b038082168352600160401b820481166020840152600160801b90910416918101919091525f906112088a8261222b565b5f6112178b898989898961276a565b905061122b6111bf368d90038d018d613832565b925061125261123f368d90038d018d613832565b8461124b868e8e6129d7565b8b5f61200e565b5f1960ff891601611303578060405160200161126e91906138eb565b6040516020818303038152906040528051906020012060035f8d5f01602081019061129991906132f0565b6001600160401b031681526020808201929092526040015f20919091556112c2908c018c6132f0565b6001600160401b03167fd99503cb292b1b038aaee196860ac317e118ac0c8a87fc7b820aa32b68f152c9826040516112fa9190613920565b60405180910390a25b505098975050505050505050565b5f61131b84611f88565b600101548383604051602001611332929190613962565b604051602081830303815290604052805190602001201490505b9392505050565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c081019190915261139482611f88565b6040805160e08101825282548152600183015460208201526002909201546001600160401b0380821692840192909252600160401b8104909116606083015260ff600160801b820481166080840152600160881b82048116151560a0840152600160901b90910416151560c082015292915050565b5f5f5f611417868686612ab4565b9250925092505b93509350939050565b5f61143182611f88565b5492915050565b5f7f000000000000000000000000000000000000000000000000000000000000000061146383611f88565b600201546109439190600160401b90046001600160401b03166136b2565b5f61148b82611f88565b50506001600160401b03165f9081526003602052604090205490565b5f6114b182611f88565b60020154600160881b900460ff1692915050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461151057604051630646601b60e11b8152336004820152602401610878565b5f546001600160a01b0316156115395760405163b9ac296f60e01b815260040160405180910390fd5b6001600160a01b038216158061155657506001600160a01b038116155b156115745760405163d92e233d60e01b815260040160405180910390fd5b5f80546001600160a01b038481166001600160a01b03199283168117909355600180549185169190921681179091556040805192835260208301919091527f71521a0321d717997da1de1f7e732ac47cac922dd603a37575a45fe0152d4227910160405180910390a15050565b6001545f906001600160a01b03161580159061166c575060015f9054906101000a90046001600160a01b03166001600160a01b03166334b33f5b6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611648573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061166c91906139a7565b905090565b5f61167f60208701876132f0565b90505f61168b82611f88565b9050816001600160401b03165f036116c1576040516329323fff60e01b81526001600160401b0383166004820152602401610878565b6002810154600160901b900460ff16156116f95760405163033da79760e51b81526001600160401b0383166004820152602401610878565b60028101545f9061173b907f000000000000000000000000000000000000000000000000000000000000000090600160401b90046001600160401b03166136b2565b9050806001600160401b031642111561177a576040516372fc92c360e01b81526001600160401b03808516600483015282166024820152604401610878565b815461178e6111bf368b90038b018b613832565b146117b7576040516335ad569d60e11b81526001600160401b0384166004820152602401610878565b816001015487876040516020016117cf929190613962565b604051602081830303815290604052805190602001201461180e576040516377259ec960e11b81526001600160401b0384166004820152602401610878565b5f858560405161181f9291906139c0565b604051809103902090508860c00135811461185a57604051636f205f0f60e11b815260c08a0135600482015260248101829052604401610878565b5f6118668a8888612c9f565b90508060ff165f036118965760405163380d3d4360e21b81526001600160401b0386166004820152602401610878565b60028401805460ff60901b1916600160901b17905560405160ff8216815233906001600160401b038716907f9bacfa59be565c29ad96633bcf7044586f6f04896716d02054626f6b53ea36dd9060200160405180910390a35f5b888110156119cb577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663e74f82398b8b84818110611939576119396137f4565b905060200201602081019061194e91906139cf565b6040516001600160e01b031960e084901b1681526001600160a01b0390911660048201523360248201525f1960448201526064016020604051808303815f875af115801561199e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119c29190613808565b506001016118f0565b5050505050505050505050565b5f806119e760208601866132f0565b6001600160401b03166119fd60208a018a6132f0565b6001600160401b031614611a5157611a1860208901896132f0565b611a2560208701876132f0565b6040516313bfc33960e21b81526001600160401b03928316600482015291166024820152604401610878565b5f611a646111bf368b90038b018b613832565b90505f611a796111bf36899003890189613832565b9050808203611a9e57604051630e873dc760e21b815260048101839052602401610878565b611ab2611aaa83612d4f565b8a8a5f612de4565b93505f611aca611ac183612d4f565b88886001612de4565b9050846001600160a01b0316816001600160a01b031614611b115760405163294c3acf60e21b81526001600160a01b03808716600483015282166024820152604401610878565b5f85611b2060208e018e6132f0565b604080516001600160a01b0390931660208401526001600160401b039091169082015260600160408051601f1981840301815291815281516020928301205f818152600590935291205490915060ff1615611bb65785611b8360208e018e6132f0565b604051635fc0edbb60e11b81526001600160a01b0390921660048301526001600160401b03166024820152604401610878565b604051630213119b60e51b81526001600160a01b0387811660048301527f00000000000000000000000000000000000000000000000000000000000000001690634262336090602401602060405180830381865afa158015611c1a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c3e9190613808565b5f03611c6857604051636bf4516160e11b81526001600160a01b0387166004820152602401610878565b5f818152600560209081526040909120805460ff19166001179055611c8f908d018d6132f0565b6001600160401b0316866001600160a01b03167f6bf1d5cdcff7f64a67de627631ec48080c59c3d6b75d3e15f173283a4d6f7fca868633604051611cef9392919092835260208301919091526001600160a01b0316604082015260600190565b60405180910390a360405163e74f823960e01b81526001600160a01b0387811660048301523360248301525f1960448301527f0000000000000000000000000000000000000000000000000000000000000000169063e74f8239906064016020604051808303815f875af1158015611d69573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611d8d9190613808565b945050505050965096945050505050565b5f5f611da983611f88565b6002810154909150600160901b900460ff1615611dc95750600192915050565b6002810154600160801b900460ff16600114801561134c57506001546040516303bf2f8960e51b81526001600160401b03851660048201526001600160a01b03909116906377e5f12090602401602060405180830381865afa158015611e31573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061134c91906139a7565b5f7f00000000000000000000000000000000000000000000000000000000000000004614611f245761166c604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fe07a6aeafbaf38f5d49a82b73624b3667e687e7fab77cd9b4cb95baa99555959918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b507f000000000000000000000000000000000000000000000000000000000000000090565b5f611f5382611f88565b60020154600160401b90046001600160401b031692915050565b5f610943611f836111bf36859003850185613832565b612d4f565b6004545f906001600160401b039081169083161115611fc5576040516329323fff60e01b81526001600160401b0383166004820152602401610878565b506001600160401b03165f90815260026020526040902090565b5f81604051602001611ff19190613ab4565b604051602081830303815290604052805190602001209050919050565b5f856080015163ffffffff168660400151876060015161202e9190613ac3565b60025f60018a5f01516120419190613ac3565b6001600160401b03908116825260208201929092526040015f206002015461206a9291166136b2565b61207491906136b2565b90506040518060e00160405280868152602001856040516020016120989190613ae2565b60408051808303601f19018152918152815160209283012083526001600160401b03858116848401524281168483015260ff8881166060808701919091528815156080808801919091525f60a09788018190528e51851681526002808852908690208951815589880151600182015589870151910180548a850151938b0151998b015160c0909b01519287166fffffffffffffffffffffffffffffffff1991821617600160401b94881685021761ffff60801b1916600160801b9a9096168a0260ff60881b191695909517600160881b9a15159a909a029990991760ff60901b1916600160901b9115159190910217909755835180820185528d518416808252918e015184169581018690526101408e0151841690850181905260048054909316909117949096029390931767ffffffffffffffff60801b191694909302939093179055875191513392889216907fed3e2ac24e90576af190f12287a44231d46e77a8669e61517b14923c888331949061221b908b908a9088908b908b90613b58565b60405180910390a4505050505050565b80516122389060016136b2565b6001600160401b031661224e60208401846132f0565b6001600160401b0316146122a25780516122699060016136b2565b61227660208401846132f0565b60405163f6d1afa360e01b81526001600160401b03928316600482015291166024820152604401610878565b80516001600160401b03165f908152600260209081526040909120549083013581146122ee57604051633175400960e01b81526004810182905260208401356024820152604401610878565b60208201516001600160401b031661230c60608501604086016132f0565b6001600160401b03161461235b57602082015161232f60608501604086016132f0565b604051638d5049fb60e01b81526001600160401b03928316600482015291166024820152604401610878565b61236b60608401604085016132f0565b6001600160401b031661238460808501606086016132f0565b6001600160401b031610156123df576123a360608401604085016132f0565b6123b360808501606086016132f0565b604051631e5711cb60e11b81526001600160401b03928316600482015291166024820152604401610878565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316631f7b6d326040518163ffffffff1660e01b8152600401602060405180830381865afa15801561243c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612460919061364d565b90506001600160401b03811661247c60808601606087016132f0565b6001600160401b031611156124c85761249b60808501606086016132f0565b6040516373ddc10f60e11b81526001600160401b0391821660048201529082166024820152604401610878565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663cfd0fa496040518163ffffffff1660e01b8152600401602060405180830381865afa158015612525573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612549919061364d565b90506001600160401b03811661256560808701606088016132f0565b6001600160401b031610156125b15761258460808601606087016132f0565b604051630ea5fc0760e41b81526001600160401b0391821660048201529082166024820152604401610878565b63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000166125e860a0870160808801613ba8565b63ffffffff16111561264f5761260460a0860160808701613ba8565b604051637c5ab6b160e11b815263ffffffff91821660048201527f00000000000000000000000000000000000000000000000000000000000000009091166024820152604401610878565b63ffffffff7f00000000000000000000000000000000000000000000000000000000000000001661268861012087016101008801613ba8565b63ffffffff1611156126f1576126a661012086016101008701613ba8565b604051635205feeb60e01b815263ffffffff91821660048201527f00000000000000000000000000000000000000000000000000000000000000009091166024820152604401610878565b60408401516001600160401b0316612711610160870161014088016132f0565b6001600160401b03161015612763576040840151612737610160870161014088016132f0565b60405163cc5802e960e01b81526001600160401b03928316600482015291166024820152604401610878565b5050505050565b606060ff8616600114801561278857505f546001600160a01b031615155b156128645781156127ac57604051631de805c760e31b815260040160405180910390fd5b60e08701356127ce57604051630560e46d60e21b815260040160405180910390fd5b5f546001600160a01b031663bf8d7be060e089013560c08a01356127fa6101208c016101008d01613ba8565b89896040518663ffffffff1660e01b815260040161281c959493929190613bc1565b5f60405180830381865afa158015612836573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261285d9190810190613c6f565b90506129cd565b60ff86161561288b57604051631f9875ab60e21b815260ff87166004820152602401610878565b3332146128ad576040516344f3610560e11b8152336004820152602401610878565b323b156128cf57604051639b911b5f60e01b8152326004820152602401610878565b83156128ee57604051637c197cc560e01b815260040160405180910390fd5b60e087013515612917576040516312473cf360e31b815260e08801356004820152602401610878565b61292961012088016101008901613ba8565b63ffffffff1682146129705761294761012088016101008901613ba8565b60405163f3015dbf60e01b815263ffffffff909116600482015260248101839052604401610878565b5f83836040516129819291906139c0565b604051809103902090508760c0013581146129bc57604051636f205f0f60e11b815260c0890135600482015260248101829052604401610878565b5050604080515f8152602081019091525b9695505050505050565b60606129e4848484612f38565b90505f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663244df25733866040518363ffffffff1660e01b8152600401612a37929190613ca8565b5f604051808303815f875af1158015612a52573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052612a799190810190613ccb565b925092509250612a8a848383613030565b82612aaa57604051630a7cb9c760e21b8152336004820152602401610878565b5050509392505050565b5f5f5f5f5f612ac38888613122565b9150915081612add57505f935083925082915061141e9050565b604051878901828a01600197505b81811015612c065780355f1a816001607f831115612bc65760bf831115612b17575f9a50505050612c06565b60b8831060018114612b855760b78403806001870101935086841115612b44575f9c505050505050612c06565b6001860135805f1a612b5e575f9d50505050505050612c06565b60039190911b610100031c91506038821015612b80575f9b5050505050612c06565b612bc4565b60808403915060018501925060018203612bc457858310612bac575f9b5050505050612c06565b608083355f1a1015612bc4575f9b5050505050612c06565b505b808201925084831115612bde575f9a50505050612c06565b60018a0160051b8601818382372060058a901b86015250600190970196905088871115612aeb575b5050855f8114612c8e57878611158615151615612c895760015b86811015612c305760011b612c20565b865b81811015612c4b575f600582901b850152600101612c32565b505b6001811115612c835760011c5f5b81811015612c7d576040600682901b850120600582901b850152600101612c5b565b50612c4d565b50815194505b612c92565b5f95505b5050505093509350939050565b5f808080612cc38686612cb860a08b0160808c01613ba8565b63ffffffff16612ab4565b92509250925082612cda576001935050505061134c565b612cea60a0880160808901613ba8565b63ffffffff168214612d02576002935050505061134c565b8660a001358114612d19576003935050505061134c565b612d2b61012088016101008901613ba8565b63ffffffff168514612d43576004935050505061134c565b505f9695505050505050565b604080517f42283defeb95482d4a9e9e7da41617799584e5d2806a4c72b286a6a6b4a8c8f560208201529081018290525f908190606001604051602081830303815290604052805190602001209050612da6611e55565b60405161190160f01b602082015260228101919091526042810182905260620160405160208183030381529060405280519060200120915050919050565b5f60418314612e1057604051636b0aeb8360e11b81526004810183905260248101849052604401610878565b5f612e1e6020828688613d20565b612e2791613d47565b90505f612e38604060208789613d20565b612e4191613d47565b90505f86866040818110612e5757612e576137f4565b919091013560f81c9150507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821115612ea65760405163021bd57160e21b815260048101869052602401610878565b604080515f8152602081018083528a905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015612ef6573d5f5f3e3d5ffd5b5050604051601f1901519450506001600160a01b038416612f2d57604051630a57f30960e31b815260048101869052602401610878565b505050949350505050565b60605f612f4485612d4f565b9050826001600160401b03811115612f5e57612f5e6136d1565b604051908082528060200260200182016040528015612f87578160200160208202803683370190505b5091505f805b84811015612aaa575f612fc484888885818110612fac57612fac6137f4565b9050602002810190612fbe9190613d64565b85612de4565b9050826001600160a01b0316816001600160a01b031611612ffb576040516302a3e21f60e31b815260048101839052602401610878565b8085838151811061300e5761300e6137f4565b6001600160a01b03909216602092830291909101909101529150600101612f8d565b5f805b83518110156130d35783818151811061304e5761304e6137f4565b60200260200101515f036130a4578085828151811061306f5761306f6137f4565b6020026020010151604051638c6c50e960e01b81526004016108789291909182526001600160a01b0316602082015260400190565b8381815181106130b6576130b66137f4565b6020026020010151826130c9919061369f565b9150600101613033565b508015806130f457506130e7826002613da6565b6130f2826003613da6565b105b1561311c576040516322df051360e11b81526004810182905260248101839052604401610878565b50505050565b5f8082810361313557505f9050806131dd565b5f84845f818110613148576131486137f4565b919091013560f81c91505060c0811015613168575f5f92509250506131dd565b5f60f782116131875761317c60c083613dbd565b9050600192506131cc565b5f61319360f784613dbd565b90505f6131a48888600185826131e4565b93509050806131bc575f5f95509550505050506131dd565b6131c782600161369f565b945050505b846131d7828561369f565b14935050505b9250929050565b5f80826131f1858761369f565b111561320157505f905080613274565b868686818110613213576132136137f4565b919091013560f81c5f03905061322d57505f905080613274565b613238846008613da6565b61324490610100613dbd565b878688613251888361369f565b9261325e93929190613d20565b61326791613d47565b6038911c90811015925090505b9550959350505050565b6001600160401b0381168114613292575f5ffd5b50565b80356132a08161327e565b919050565b6001600160a01b0381168114613292575f5ffd5b5f5f604083850312156132ca575f5ffd5b82356132d58161327e565b915060208301356132e5816132a5565b809150509250929050565b5f60208284031215613300575f5ffd5b813561134c8161327e565b5f610160828403121561331c575f5ffd5b50919050565b5f6101608284031215613333575f5ffd5b61134c838361330b565b5f5f83601f84011261334d575f5ffd5b5081356001600160401b03811115613363575f5ffd5b6020830191508360208260051b85010111156131dd575f5ffd5b5f5f83601f84011261338d575f5ffd5b5081356001600160401b038111156133a3575f5ffd5b6020830191508360208285010111156131dd575f5ffd5b5f5f5f5f5f5f5f5f6101e0898b0312156133d2575f5ffd5b6133dc8a8a61330b565b97506101608901356001600160401b038111156133f7575f5ffd5b6134038b828c0161333d565b90985096505061018089013560ff8116811461341d575f5ffd5b94506101a08901356001600160401b03811115613438575f5ffd5b6134448b828c0161337d565b9095509350506101c08901356001600160401b03811115613463575f5ffd5b61346f8b828c0161337d565b999c989b5096995094979396929594505050565b5f5f5f60408486031215613495575f5ffd5b83356134a08161327e565b925060208401356001600160401b038111156134ba575f5ffd5b6134c68682870161333d565b9497909650939450505050565b5f5f5f604084860312156134e5575f5ffd5b83356001600160401b038111156134fa575f5ffd5b6135068682870161337d565b909790965060209590950135949350505050565b5f5f6040838503121561352b575f5ffd5b82356132d5816132a5565b5f5f5f5f5f6101a0868803121561354b575f5ffd5b613555878761330b565b94506101608601356001600160401b03811115613570575f5ffd5b61357c8882890161333d565b9095509350506101808601356001600160401b0381111561359b575f5ffd5b6135a78882890161337d565b969995985093965092949392505050565b5f5f5f5f5f5f61030087890312156135ce575f5ffd5b6135d8888861330b565b95506101608701356001600160401b038111156135f3575f5ffd5b6135ff89828a0161337d565b9096509450613614905088610180890161330b565b92506102e08701356001600160401b0381111561362f575f5ffd5b61363b89828a0161337d565b979a9699509497509295939492505050565b5f6020828403121561365d575f5ffd5b815161134c8161327e565b5f5f60408385031215613679575f5ffd5b8251915060208301516132e58161327e565b634e487b7160e01b5f52601160045260245ffd5b808201808211156109435761094361368b565b6001600160401b0381811683821601908111156109435761094361368b565b634e487b7160e01b5f52604160045260245ffd5b60405161016081016001600160401b0381118282101715613708576137086136d1565b60405290565b604051601f8201601f191681016001600160401b0381118282101715613736576137366136d1565b604052919050565b5f6001600160401b03821115613756576137566136d1565b5060051b60200190565b5f60208284031215613770575f5ffd5b81516001600160401b03811115613785575f5ffd5b8201601f81018413613795575f5ffd5b80516137a86137a38261373e565b61370e565b8082825260208201915060208360051b8501019250868311156137c9575f5ffd5b6020840193505b828410156129cd5783516137e3816132a5565b8252602093840193909101906137d0565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215613818575f5ffd5b5051919050565b803563ffffffff811681146132a0575f5ffd5b5f610160828403128015613844575f5ffd5b5061384d6136e5565b61385683613295565b81526020838101359082015261386e60408401613295565b604082015261387f60608401613295565b60608201526138906080840161381f565b608082015260a0838101359082015260c0808401359082015260e080840135908201526138c0610100840161381f565b61010082015261012083810135908201526138de6101408401613295565b6101408201529392505050565b81515f90829060208501835b828110156139155781518452602093840193909101906001016138f7565b509195945050505050565b602080825282518282018190525f918401906040840190835b81811015613957578351835260209384019390920191600101613939565b509095945050505050565b5f8184825b8581101561395757813561397a816132a5565b6001600160a01b031683526020928301929190910190600101613967565b805180151581146132a0575f5ffd5b5f602082840312156139b7575f5ffd5b61134c82613998565b818382375f9101908152919050565b5f602082840312156139df575f5ffd5b813561134c816132a5565b80516001600160401b03168252602081015160208301526040810151613a1b60408401826001600160401b03169052565b506060810151613a3660608401826001600160401b03169052565b506080810151613a4e608084018263ffffffff169052565b5060a081015160a083015260c081015160c083015260e081015160e0830152610100810151613a8661010084018263ffffffff169052565b50610120810151610120830152610140810151613aaf6101408401826001600160401b03169052565b505050565b610160810161094382846139ea565b6001600160401b0382811682821603908111156109435761094361368b565b81515f90829060208501835b828110156139155781516001600160a01b0316845260209384019390910190600101613aee565b5f8151808452602084019350602083015f5b82811015613b4e5781516001600160a01b0316865260209586019590910190600101613b27565b5093949350505050565b613b6281876139ea565b6101e06101608201525f613b7a6101e0830187613b15565b6001600160401b03959095166101808301525060ff929092166101a083015215156101c09091015292915050565b5f60208284031215613bb8575f5ffd5b61134c8261381f565b85815284602082015263ffffffff8416604082015260806060820152816080820152818360a08301375f81830160a090810191909152601f909201601f19160101949350505050565b5f82601f830112613c19575f5ffd5b8151613c276137a38261373e565b8082825260208201915060208360051b860101925085831115613c48575f5ffd5b602085015b83811015613c65578051835260209283019201613c4d565b5095945050505050565b5f60208284031215613c7f575f5ffd5b81516001600160401b03811115613c94575f5ffd5b613ca084828501613c0a565b949350505050565b6001600160a01b03831681526040602082018190525f90613ca090830184613b15565b5f5f5f60608486031215613cdd575f5ffd5b613ce684613998565b925060208401516001600160401b03811115613d00575f5ffd5b613d0c86828701613c0a565b604095909501519396949550929392505050565b5f5f85851115613d2e575f5ffd5b83861115613d3a575f5ffd5b5050820193919092039150565b80356020831015610943575f19602084900360031b1b1692915050565b5f5f8335601e19843603018112613d79575f5ffd5b8301803591506001600160401b03821115613d92575f5ffd5b6020019150368190038213156131dd575f5ffd5b80820281158282048414176109435761094361368b565b818103818111156109435761094361368b56",
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
	SignedStake *big.Int
	TotalStake  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 signedStake, uint256 totalStake)
func BatchInboxInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x45be0a261a88f9fedc41221879f08865d5e8d6053c877967e6e8e39e5697e6d5")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 signedStake, uint256 totalStake)
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
