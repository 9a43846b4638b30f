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

// SequencerSetParams is an auto generated low-level Go binding around an user-defined struct.
type SequencerSetParams struct {
	MinBond            *big.Int
	UnbondingPeriod    uint64
	SlashRewardPercent uint8
	GenesisTime        uint64
	SlotDuration       uint64
	LeaderWindow       uint64
	EpochLength        uint64
	MaxStrikes         uint8
}

// SequencerSetMetaData contains all meta data concerning the SequencerSet contract.
var SequencerSetMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"minBond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unbondingPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"slashRewardPercent\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"genesisTime\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"slotDuration\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"leaderWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epochLength\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"maxStrikes\",\"type\":\"uint8\"}],\"internalType\":\"structSequencerSet.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyInitialized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minBond\",\"type\":\"uint256\"}],\"name\":\"BondTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"ConsensusKeyTaken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ConsensusKeyTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyConsensusKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"EndpointTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"leaderWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"slotDuration\",\"type\":\"uint64\"}],\"name\":\"LeaderWindowTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"addresses\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weights\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"MembersNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NoCredit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"}],\"name\":\"NotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDeployer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"NotExiting\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotFaultContract\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitialized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"}],\"name\":\"NotJailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"percent\",\"type\":\"uint256\"}],\"name\":\"RewardPercentTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"SetFull\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"unjailFromEpoch\",\"type\":\"uint64\"}],\"name\":\"StillJailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"withdrawableAt\",\"type\":\"uint64\"}],\"name\":\"StillUnbonding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"unbondingPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"epochSeconds\",\"type\":\"uint256\"}],\"name\":\"UnbondingTooShort\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroEpochLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroMinBond\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroSlotDuration\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroUnbondingPeriod\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroValue\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"BondIncreased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CreditClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"withdrawableAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"ejected\",\"type\":\"bool\"}],\"name\":\"ExitStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"faultContracts\",\"type\":\"address[]\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"Jailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"consensusKey\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"fromEpoch\",\"type\":\"uint64\"}],\"name\":\"Registered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"faultContract\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burned\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"slot\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"strikes\",\"type\":\"uint8\"}],\"name\":\"Struck\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"fromEpoch\",\"type\":\"uint64\"}],\"name\":\"Unjailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_CONSENSUS_KEY_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ENDPOINT_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PENALTY_SLOTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SEQUENCERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SEED_TAG\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"activeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"activeSequencers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"addrs\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"who\",\"type\":\"address[]\"}],\"name\":\"activeStakes\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"stakes\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"}],\"name\":\"canPost\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimCredit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"consensusKeyHolder\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentSlot\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"domain\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"addrs\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"weights\",\"type\":\"uint256[]\"},{\"internalType\":\"uint64\",\"name\":\"slot\",\"type\":\"uint64\"}],\"name\":\"drawLeader\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochLength\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"slot\",\"type\":\"uint64\"}],\"name\":\"epochOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"epochSet\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"addrs\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"stakes\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"consensusKeys\",\"type\":\"bytes[]\"},{\"internalType\":\"string[]\",\"name\":\"endpoints\",\"type\":\"string[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"faultContracts\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"genesisTime\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"increaseBond\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"faultContracts_\",\"type\":\"address[]\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"initialized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"seq\",\"type\":\"address\"}],\"name\":\"isActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isFaultContract\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"slot\",\"type\":\"uint64\"}],\"name\":\"leaderOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"leaderWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"fromSlot\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"toSlot\",\"type\":\"uint64\"}],\"name\":\"leadersOfSlots\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"out\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxStrikes\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"notePost\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"},{\"internalType\":\"uint256[]\",\"name\":\"stakes\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"totalPower\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"consensusKey\",\"type\":\"bytes\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"seq\",\"type\":\"address\"}],\"name\":\"sequencer\",\"outputs\":[{\"internalType\":\"enumSequencerSet.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"exitAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"consensusKey\",\"type\":\"bytes\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"seq\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"slash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashRewardPercent\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"t\",\"type\":\"uint64\"}],\"name\":\"slotAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slotDuration\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"slot\",\"type\":\"uint64\"}],\"name\":\"slotStart\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"seq\",\"type\":\"address\"}],\"name\":\"stakeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"seq\",\"type\":\"address\"}],\"name\":\"standing\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"fromEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"untilEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"strikes\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"jailed\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"jailedFrom\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalActiveStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalBurned\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingPeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unjail\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"seq\",\"type\":\"address\"}],\"name\":\"withdrawableAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "SequencerSet",
	Bin: "0x6101a0604052348015610010575f5ffd5b50604051613f59380380613f5983398101604081905261002f91610286565b602081015160408201516001600160401b0390911660805260ff1660a0523360c05280515f03610072576040516370dee23f60e01b815260040160405180910390fd5b80602001516001600160401b03165f0361009f57604051636896157760e01b815260040160405180910390fd5b6064816040015160ff1611156100d85760408082015190516302b845fd60e31b815260ff90911660048201526024015b60405180910390fd5b80608001516001600160401b03165f036101055760405163065babed60e41b815260040160405180910390fd5b8060c001516001600160401b03165f0361013257604051633ba9597d60e21b815260040160405180910390fd5b80608001516001600160401b03168160a001516001600160401b0316106101895760a081015160808201516040516312e828dd60e21b81526001600160401b039283166004820152911660248201526044016100cf565b5f8160c001516001600160401b031682608001516001600160401b03166101b0919061034d565b90508082602001516001600160401b0316116101f75760208201516040516304228de560e51b81526001600160401b039091166004820152602481018290526044016100cf565b815160e05260608201516001600160401b03161561021957816060015161021b565b425b6001600160401b0390811661010052608083015181166101205260a083015181166101405260c083015116610160525060e0015160ff1661018052610376565b80516001600160401b0381168114610271575f5ffd5b919050565b805160ff81168114610271575f5ffd5b5f610100828403128015610298575f5ffd5b5060405161010081016001600160401b03811182821017156102c857634e487b7160e01b5f52604160045260245ffd5b604052825181526102db6020840161025b565b60208201526102ec60408401610276565b60408201526102fd6060840161025b565b606082015261030e6080840161025b565b608082015261031f60a0840161025b565b60a082015261033060c0840161025b565b60c082015261034160e08401610276565b60e08201529392505050565b808202811582820484141761037057634e487b7160e01b5f52601160045260245ffd5b92915050565b60805160a05160c05160e0516101005161012051610140516101605161018051613b006104595f395f818161066901528181612fdd015261300c01525f8181610539015261210c01525f81816107a201528181610e2d015261271201525f81816102e601528181611baf0152611c5001525f818161048501528181611bda01528181611c160152611c7401525f81816106eb015281816115ae015281816115e80152611dc601525f8181610852015261183801525f818161076f0152612d5f01525f818161063601528181611394015281816128640152612e9c0152613b005ff3fe60806040526004361061028b575f3560e01c80637667180811610155578063c2ea2134116100be578063e74f823911610078578063e74f8239146108bc578063e9fad8ee146108db578063f1556f61146108ef578063f61540f11461091d578063f679d3051461094a578063fadb47681461095e575f5ffd5b8063c2ea2134146107f7578063d5d44d8014610816578063d5f3948814610841578063d754d28e14610874578063d89135cd14610888578063da05f1301461089d575f5ffd5b8063a224cee71161010f578063a224cee71461073f578063a53b32b01461075e578063a9876d2014610791578063afe5bee1146107c4578063b1cf9e3d146106c6578063bd997c5a146107d8575f5ffd5b8063766718081461069d5780637a759856146106b15780637bcd5df5146106c6578063831518b7146106da57806392255fbf1461070d5780639f8a13d714610720575f5ffd5b806342c6498a116101f7578063583d23f4116101b1578063583d23f41461055b578063586168031461057a5780635a8c06ab146105d65780635d0c7b2b146105f55780636cf6d6751461062557806370f6a31914610658575f5ffd5b806342c6498a146104745780634331ed1f146104a757806348742465146104bb5780634cdd6329146104da578063532c14351461050957806357d775f814610528575f5ffd5b8063244df25711610248578063244df257146103b257806328f73148146103e05780633359632e146103f45780633a0ba7d8146104085780633ccfd60b14610429578063426233601461043d575f5ffd5b806301f2bd661461028f5780630ead865d146102d55780631333db2e14610320578063158ef93e14610336578063174ef8a11461035e57806321a40002146103aa575b5f5ffd5b34801561029a575f5ffd5b506102c27fbe5876ed6f2cce1a9cbcfaacf45b30675eace1840dded8e3907f65451b43329681565b6040519081526020015b60405180910390f35b3480156102e0575f5ffd5b506103087f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b0390911681526020016102cc565b34801561032b575f5ffd5b5061033461097d565b005b348015610341575f5ffd5b505f5461034e9060ff1681565b60405190151581526020016102cc565b348015610369575f5ffd5b50610392610378366004613101565b60076020525f90815260409020546001600160a01b031681565b6040516001600160a01b0390911681526020016102cc565b610334610a0c565b3480156103bd575f5ffd5b506103d16103cc36600461317a565b610b39565b6040516102cc93929190613202565b3480156103eb575f5ffd5b506102c2610be3565b3480156103ff575f5ffd5b50610308610bf6565b348015610413575f5ffd5b5061041c610c05565b6040516102cc9190613265565b348015610434575f5ffd5b50610334610c65565b348015610448575f5ffd5b506102c2610457366004613277565b6001600160a01b03165f9081526005602052604090206001015490565b34801561047f575f5ffd5b506103087f000000000000000000000000000000000000000000000000000000000000000081565b3480156104b2575f5ffd5b506102c2610da7565b3480156104c6575f5ffd5b5061034e6104d5366004613290565b610dbd565b3480156104e5575f5ffd5b506104f96104f43660046132ce565b610eaa565b6040516102cc949392919061336f565b348015610514575f5ffd5b5061039261052336600461340c565b611111565b348015610533575f5ffd5b506103087f000000000000000000000000000000000000000000000000000000000000000081565b348015610566575f5ffd5b506103926105753660046132ce565b611291565b348015610585575f5ffd5b50610599610594366004613277565b6112c5565b604080516001600160401b039687168152948616602086015260ff909316928401929092521515606083015291909116608082015260a0016102cc565b3480156105e1575f5ffd5b506103086105f0366004613277565b611350565b348015610600575f5ffd5b5061061461060f366004613277565b6113c7565b6040516102cc9594939291906134ad565b348015610630575f5ffd5b506103087f000000000000000000000000000000000000000000000000000000000000000081565b348015610663575f5ffd5b5061068b7f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff90911681526020016102cc565b3480156106a8575f5ffd5b50610308611539565b3480156106bc575f5ffd5b506102c261020081565b3480156106d1575f5ffd5b506102c2602081565b3480156106e5575f5ffd5b506102c27f000000000000000000000000000000000000000000000000000000000000000081565b61033461071b366004613545565b611545565b34801561072b575f5ffd5b5061034e61073a366004613277565b61180a565b34801561074a575f5ffd5b506103346107593660046135af565b61182d565b348015610769575f5ffd5b5061068b7f000000000000000000000000000000000000000000000000000000000000000081565b34801561079c575f5ffd5b506103087f000000000000000000000000000000000000000000000000000000000000000081565b3480156107cf575f5ffd5b506102c2604081565b3480156107e3575f5ffd5b5061041c6107f23660046135ed565b6119cb565b348015610802575f5ffd5b506103086108113660046132ce565b611ba9565b348015610821575f5ffd5b506102c2610830366004613277565b60036020525f908152604090205481565b34801561084c575f5ffd5b506103927f000000000000000000000000000000000000000000000000000000000000000081565b34801561087f575f5ffd5b5061041c611bfe565b348015610893575f5ffd5b506102c260045481565b3480156108a8575f5ffd5b506103086108b73660046132ce565b611c13565b3480156108c7575f5ffd5b506102c26108d636600461361e565b611caf565b3480156108e6575f5ffd5b50610334611e2e565b3480156108fa575f5ffd5b5061034e610909366004613277565b60016020525f908152604090205460ff1681565b348015610928575f5ffd5b5061093c6109373660046135af565b611e92565b6040516102cc929190613658565b348015610955575f5ffd5b50610334611f9b565b348015610969575f5ffd5b506103086109783660046132ce565b612106565b335f90815260036020526040812054908190036109b457604051636385746f60e01b81523360048201526024015b60405180910390fd5b335f8181526003602052604080822091909155517f87e12c2565042763daa6bf5842ed2b6447f17f7e28f9a4905fe3959581396ead906109f79084815260200190565b60405180910390a2610a093382612131565b50565b335f9081526005602052604090206001815460ff166002811115610a3257610a32613499565b14610a5257604051634022bc5560e01b81523360048201526024016109ab565b345f03610a7257604051637c946ed760e01b815260040160405180910390fd5b5f610a7b6121c3565b9050610a8881600161368d565b8254600160c01b900463ffffffff908116911614610ad7576001808301546002840155610ab690829061368d565b825463ffffffff91909116600160c01b0263ffffffff60c01b199091161782555b34826001015f828254610aea91906136a9565b9091555050600182015460405133917f0755eb40fa73f421d18e7f95144942e58320aeabd2c49a9589a40eeb44ab339691610b2d91348252602082015260400190565b60405180910390a25050565b335f90815260016020526040812054606090829060ff16610b6f57604051634b778a2360e11b81523360048201526024016109ab565b5f610b78610bf6565b90505f5f5f610b97610b8985612106565b6001600160401b031661220f565b925092509250610ba989898585612487565b9550610bb482612600565b9450610bc0838b61264f565b8015610bd45750610bd48a8585858561270e565b96505050505093509350939050565b5f610bef610b89611539565b9392505050565b5f610c0042611c13565b905090565b60606002805480602002602001604051908101604052809291908181526020018280548015610c5b57602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610c3d575b5050505050905090565b335f9081526005602052604090206002815460ff166002811115610c8b57610c8b613499565b14610cab5760405163b4ddacd360e01b81523360048201526024016109ab565b8054610cc4906301000000900464ffffffffff1661285e565b60018101548154610100900461ffff1615610ce257610ce2826128c0565b60075f83600301604051610cf691906136ee565b604080519182900390912082526020808301939093529081015f90812080546001600160a01b03191690553381526005909252812080546001600160e81b0319168155600181018290556002810182905590610d5560038301826130b7565b610d62600483015f6130b7565b505060405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a2610da33382612131565b5050565b5f5f610db4610b89611539565b50505192915050565b5f806001600160401b038311610dd35782610ddc565b6001600160401b035b90505f610de882611c13565b6001600160a01b0386165f908152600560205260409020909150610e1d90610e0f83612106565b6001600160401b03166129e3565b610e2b575f92505050610ea4565b7f0000000000000000000000000000000000000000000000000000000000000000610e5582611ba9565b610e5f919061375f565b6001600160401b0316826001600160401b031610610e8257600192505050610ea4565b846001600160a01b0316610e9582611291565b6001600160a01b031614925050505b92915050565b606080606080610ec2856001600160401b031661220f565b50815191955093506001600160401b03811115610ee157610ee161377e565b604051908082528060200260200182016040528015610f1457816020015b6060815260200190600190039081610eff5790505b50915083516001600160401b03811115610f3057610f3061377e565b604051908082528060200260200182016040528015610f6357816020015b6060815260200190600190039081610f4e5790505b5090505f5b8451811015611109575f60055f878481518110610f8757610f87613792565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f209050806003018054610fbf906136bc565b80601f0160208091040260200160405190810160405280929190818152602001828054610feb906136bc565b80156110365780601f1061100d57610100808354040283529160200191611036565b820191905f5260205f20905b81548152906001019060200180831161101957829003601f168201915b505050505084838151811061104d5761104d613792565b6020026020010181905250806004018054611067906136bc565b80601f0160208091040260200160405190810160405280929190818152602001828054611093906136bc565b80156110de5780601f106110b5576101008083540402835291602001916110de565b820191905f5260205f20905b8154815290600101906020018083116110c157829003601f168201915b50505050508383815181106110f5576110f5613792565b602090810291909101015250600101610f68565b509193509193565b5f84831461113c576040516355c5b3e360e11b815260048101869052602481018490526044016109ab565b5f805b8681101561120d575f811180156111be5750878761115e6001846137a6565b81811061116d5761116d613792565b90506020020160208101906111829190613277565b6001600160a01b031688888381811061119d5761119d613792565b90506020020160208101906111b29190613277565b6001600160a01b031611155b156111df576040516305e22bef60e11b8152600481018290526024016109ab565b8585828181106111f1576111f1613792565b905060200201358261120391906136a9565b915060010161113f565b5061128561121b8985612a6a565b8888808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525050604080516020808c0282810182019093528b82529093508b92508a9182918501908490808284375f92019190915250879250612ad7915050565b98975050505050505050565b5f5f5f5f6112a1610b8986612106565b9250925092506112bc6112b43087612a6a565b848484612ad7565b95945050505050565b6001600160a01b0381165f90815260056020526040812080548291829163ffffffff600160a01b8204811681149284929091600160401b8204811691600160601b810490911690600160e01b900460ff168580611322575f611332565b8454600160801b900463ffffffff165b63ffffffff9485169c9385169b509199509750909116945092505050565b6001600160a01b0381165f9081526005602052604081206002815460ff16600281111561137f5761137f613499565b1461138c57505f92915050565b8054610bef907f0000000000000000000000000000000000000000000000000000000000000000906301000000900464ffffffffff1661375f565b6001600160a01b0381165f90815260056020526040812080546001820154600383018054859485946060948594929360ff83169391926301000000900464ffffffffff1691906004860190829061141d906136bc565b80601f0160208091040260200160405190810160405280929190818152602001828054611449906136bc565b80156114945780601f1061146b57610100808354040283529160200191611494565b820191905f5260205f20905b81548152906001019060200180831161147757829003601f168201915b505050505091508080546114a7906136bc565b80601f01602080910402602001604051908101604052809291908181526020018280546114d3906136bc565b801561151e5780601f106114f55761010080835404028352916020019161151e565b820191905f5260205f20905b81548152906001019060200180831161150157829003601f168201915b50505050509050955095509550955095505091939590929450565b5f610c00610978610bf6565b5f5460ff16611567576040516321c4e35760e21b815260040160405180910390fd5b335f90815260056020526040812090815460ff16600281111561158c5761158c613499565b146115ac576040516345ed80e960e01b81523360048201526024016109ab565b7f000000000000000000000000000000000000000000000000000000000000000034101561161457604051620155b560e01b81523460048201527f000000000000000000000000000000000000000000000000000000000000000060248201526044016109ab565b5f8490036116355760405163ac27842360e01b815260040160405180910390fd5b60408411156116635760408051631609949b60e11b81526109ab918691600401918252602082015260400190565b6102008211156116915760405163859641b160e01b81526004810183905261020060248201526044016109ab565b5f85856040516116a29291906137b9565b60408051918290039091205f818152600760205291909120549091506001600160a01b031680156116f157604051633acdc8b760e01b81526001600160a01b03821660048201526024016109ab565b5f82815260076020526040812080546001600160a01b031916331790556117166121c3565b90505f6117288263ffffffff16612b69565b61173c5761173782600161368d565b61173e565b815b905061174b338684612bda565b84546fffffffff0000000000000000000000016fffffffffffffffff00000000000000ff19909116600160401b63ffffffff84160263ffffffff60601b191617178555346001860155600385016117a3898b83613813565b50600485016117b3878983613813565b50336001600160a01b03167f79cb84372b01987348973df98d1c7ab95326a8fdc93824b921b3ffe0477abc48348b8b8b8b876040516117f7969594939291906138f4565b60405180910390a2505050505050505050565b6001600160a01b0381165f908152600560205260408120610ea490610e0f611539565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461187857604051630646601b60e11b81523360048201526024016109ab565b5f5460ff161561189a5760405162dc149f60e41b815260040160405180910390fd5b5f5b81811015611980575f8383838181106118b7576118b7613792565b90506020020160208101906118cc9190613277565b90506001600160a01b0381166118f55760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0381165f9081526001602052604090205460ff16611977576001600160a01b0381165f8181526001602081905260408220805460ff1916821790556002805491820181559091527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace0180546001600160a01b03191690911790555b5060010161189c565b505f805460ff191660011790556040517fe58d4b3592c74e580b584cc31679cad3eefea91577f47aabd1764352d4b4901b906119bf908490849061393a565b60405180910390a15050565b6060826001600160401b0316826001600160401b031610156119fb5750604080515f815260208101909152610ea4565b6020611a078484613984565b6001600160401b031610611a2e57611a21600160206137a6565b611a2b908461375f565b91505b604080516020808252610420820190925290808201610400803683370190505090505f6001600160401b0360608083875b876001600160401b0316816001600160401b031611611b9b575f611a8282612106565b9050856001600160401b0316816001600160401b031614611abb57611aaf816001600160401b031661220f565b92975090955093509150845b5f611ad1611ac93085612a6a565b878787612ad7565b90506001600160a01b038116611ae8575050611b89565b5f805b8981108015611af8575081155b15611b4057826001600160a01b03168b8281518110611b1957611b19613792565b60200260200101516001600160a01b03161491508080611b38906139a3565b915050611aeb565b5080611b8557818a8a611b52816139a3565b9b5081518110611b6457611b64613792565b60200260200101906001600160a01b031690816001600160a01b0316815250505b5050505b80611b93816139bb565b915050611a5f565b505050918352505092915050565b5f611bd47f0000000000000000000000000000000000000000000000000000000000000000836139e5565b610ea4907f000000000000000000000000000000000000000000000000000000000000000061375f565b6060611c0b610b89611539565b509092915050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316826001600160401b03161115611ca8577f0000000000000000000000000000000000000000000000000000000000000000611c997f000000000000000000000000000000000000000000000000000000000000000084613984565b611ca39190613a22565b610ea4565b5f92915050565b335f9081526001602052604081205460ff16611ce057604051634b778a2360e11b81523360048201526024016109ab565b6001600160a01b038316611d075760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0384165f90815260056020526040902060018101548310611d33578060010154611d35565b825b9150815f03611d47575f915050610bef565b81816001015f828254611d5a91906137a6565b909155505f905080611d6c8685612d54565b6040805187815260208101849052908101829052919350915033906001600160a01b0388811691908a16907f8b78a486452c26e5b98872542ce9f059101fdb617d61ec876699759caa84540a9060600160405180910390a47f000000000000000000000000000000000000000000000000000000000000000083600101541015611e24575f611df96121c3565b845490915063ffffffff808316600160601b909204161115611e2257611e228885836001612ded565b505b5050509392505050565b335f9081526005602052604090206001815460ff166002811115611e5457611e54613499565b14611e7457604051634022bc5560e01b81523360048201526024016109ab565b610a093382611e816121c3565b611e8c90600161368d565b5f612ded565b60605f5f611e9e611539565b6001600160401b03169050611eb28161220f565b9350859150506001600160401b03811115611ecf57611ecf61377e565b604051908082528060200260200182016040528015611ef8578160200160208202803683370190505b5092505f5b84811015611f92575f60055f888885818110611f1b57611f1b613792565b9050602002016020810190611f309190613277565b6001600160a01b03166001600160a01b031681526020019081526020015f209050611f5b81846129e3565b15611f8957611f6a8184612eeb565b858381518110611f7c57611f7c613792565b6020026020010181815250505b50600101611efd565b50509250929050565b335f9081526005602052604090206001815460ff166002811115611fc157611fc1613499565b14611fe157604051634022bc5560e01b81523360048201526024016109ab565b8054600160a01b900463ffffffff9081161461201257604051634940fde960e11b81523360048201526024016109ab565b5f61201b6121c3565b825490915063ffffffff600160801b90910481169082161161207657815461205190600160801b900463ffffffff16600161375f565b604051639c52043f60e01b81526001600160401b0390911660048201526024016109ab565b5f6120868263ffffffff16612b69565b61209a5761209582600161368d565b61209c565b815b835468ff00000000ffffffff60a01b1916600160a01b63ffffffff831690810260ff60e01b191691909117855560405190815290915033907f877747d2279d0e00980d0202666bbea93324f56eddfb51563dc000a4b8a09e4f9060200160405180910390a2505050565b5f610ea47f000000000000000000000000000000000000000000000000000000000000000083613a22565b805f0361213c575050565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114612185576040519150601f19603f3d011682016040523d82523d5f602084013e61218a565b606091505b50509050806121be57604051630e21dcbb60e11b81526001600160a01b0384166004820152602481018390526044016109ab565b505050565b5f5f6121cd611539565b90506121de600163ffffffff613a4f565b63ffffffff16816001600160401b031610156121fa5780612209565b612209600163ffffffff613a4f565b91505090565b60065460609081905f90806001600160401b038111156122315761223161377e565b60405190808252806020026020018201604052801561225a578160200160208202803683370190505b509350806001600160401b038111156122755761227561377e565b60405190808252806020026020018201604052801561229e578160200160208202803683370190505b5092505f805b82811015612479575f600682815481106122c0576122c0613792565b5f9182526020808320909101546001600160a01b0316808352600590915260409091209091506122f0818a6129e3565b6122fb575050612471565b5f612306828b612eeb565b9050805f0361231757505050612471565b61232181886136a9565b9650845b5f8111801561236857506001600160a01b0384168a6123456001846137a6565b8151811061235557612355613792565b60200260200101516001600160a01b0316115b1561240e57896123796001836137a6565b8151811061238957612389613792565b60200260200101518a82815181106123a3576123a3613792565b6001600160a01b0390921660209283029190910190910152886123c76001836137a6565b815181106123d7576123d7613792565b60200260200101518982815181106123f1576123f1613792565b60209081029190910101528061240681613a6b565b915050612325565b838a828151811061242157612421613792565b60200260200101906001600160a01b031690816001600160a01b0316815250508189828151811061245457612454613792565b602090810291909101015285612469816139a3565b965050505050505b6001016122a4565b508085528352509193909250565b6060836001600160401b038111156124a1576124a161377e565b6040519080825280602002602001820160405280156124ca578160200160208202803683370190505b5090505f805b858110156125f6575b84518210801561253957508686828181106124f6576124f6613792565b905060200201602081019061250b9190613277565b6001600160a01b031685838151811061252657612526613792565b60200260200101516001600160a01b0316105b156125505781612548816139a3565b9250506124d9565b8451821080156125b0575086868281811061256d5761256d613792565b90506020020160208101906125829190613277565b6001600160a01b031685838151811061259d5761259d613792565b60200260200101516001600160a01b0316145b156125ee578382815181106125c7576125c7613792565b60200260200101518382815181106125e1576125e1613792565b6020026020010181815250505b6001016124d0565b5050949350505050565b5f805b825181101561264957633b9aca0083828151811061262357612623613792565b60200260200101516126359190613a80565b61263f90836136a9565b9150600101612603565b50919050565b81515f9081905b80821015612704575f600261266b83856136a9565b6126759190613a80565b9050846001600160a01b031686828151811061269357612693613792565b60200260200101516001600160a01b0316036126b55760019350505050610ea4565b846001600160a01b03168682815181106126d1576126d1613792565b60200260200101516001600160a01b031610156126fa576126f38160016136a9565b92506126fe565b8091505b50612656565b505f949350505050565b5f5f7f000000000000000000000000000000000000000000000000000000000000000061273a87611ba9565b612744919061375f565b6001600160401b0316421090505f61275d87600161375f565b6008546001600160401b039081169116141590508115801561277d575080155b1561278d576001925050506112bc565b5f6127a361279b308a612a6a565b888888612ad7565b9050886001600160a01b0316816001600160a01b0316036127f8576001600160a01b0389165f9081526005602052604090208054600160e01b900460ff16156127f257805460ff60e01b191681555b5061281c565b8215612809575f93505050506112bc565b61281c81896128178b612106565b612f27565b811561284f5761282d88600161375f565b6008805467ffffffffffffffff19166001600160401b03929092169190911790555b50600198975050505050505050565b5f6128897f00000000000000000000000000000000000000000000000000000000000000008361375f565b9050806001600160401b0316421015610da35760405163be8a527b60e01b81526001600160401b03821660048201526024016109ab565b80545f906128d990600190610100900461ffff16613a93565b61ffff1690505f60016006805490506128f291906137a6565b90508082146129a4575f6006828154811061290f5761290f613792565b5f91825260209091200154600680546001600160a01b03909216925082918590811061293d5761293d613792565b5f91825260209091200180546001600160a01b0319166001600160a01b03929092169190911790556129708360016136a9565b6001600160a01b039091165f908152600560205260409020805461ffff929092166101000262ffff00199092169190911790555b60068054806129b5576129b5613aad565b5f8281526020902081015f1990810180546001600160a01b03191690550190555050805462ffff0019169055565b5f80835460ff1660028111156129fb576129fb613499565b14158015612a1757508254600160401b900463ffffffff168210155b8015612a3057508254600160601b900463ffffffff1682105b8015610bef57508254600160801b900463ffffffff168210801590612a6257508254600160a01b900463ffffffff1682105b159392505050565b604080517fbe5876ed6f2cce1a9cbcfaacf45b30675eace1840dded8e3907f65451b43329660208201526001600160a01b038416918101919091526001600160401b03821660608201525f9060800160405160208183030381529060405280519060200120905092915050565b5f815f03612ae657505f612b61565b5f612af18387613ac1565b90505f805b8651811015612b5a57858181518110612b1157612b11613792565b602002602001015182612b2491906136a9565b915081831015612b5257868181518110612b4057612b40613792565b60200260200101519350505050612b61565b600101612af6565b505f925050505b949350505050565b6006545f90815b81811015612bd057612bba60055f60068481548110612b9157612b91613792565b5f9182526020808320909101546001600160a01b031683528201929092526040019020856129e3565b15612bc857505f9392505050565b600101612b70565b5060019392505050565b600654602011612ce8576006545f5b81811015612c81575f60055f60068481548110612c0857612c08613792565b5f9182526020808320909101546001600160a01b03168352820192909252604001902090506002815460ff166002811115612c4557612c45613499565b148015612c635750805463ffffffff808616600160601b9092041611155b15612c6e5750612c81565b81612c78816139a3565b92505050612be9565b818103612ca457604051632a7d030d60e21b8152602060048201526024016109ab565b612ce560055f60068481548110612cbd57612cbd613792565b5f9182526020808320909101546001600160a01b0316835282019290925260400190206128c0565b50505b50600680546001810182555f8290527ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f0180546001600160a01b039094166001600160a01b0319909416939093179092559054815461ffff9091166101000262ffff0019909116179055565b5f806064612d8560ff7f00000000000000000000000000000000000000000000000000000000000000001685613ad4565b612d8f9190613a80565b9150612d9b82846137a6565b6001600160a01b0385165f90815260036020526040812080549293508492909190612dc79084906136a9565b925050819055508060045f828254612ddf91906136a9565b925050819055509250929050565b825463ffffffff600160601b90910481169083161015612e2457825463ffffffff60601b1916600160601b63ffffffff8416021783555b6001835460ff166002811115612e3c57612e3c613499565b03612ee557825467ffffffffff0000ff191663010000004264ffffffffff8116919091029190911760021784556001600160a01b038516907f5e6a6f11c671ee3c84fd4efba526c9d56d685ad023cf9d0334e5406df8eb4d2190612ec1907f00000000000000000000000000000000000000000000000000000000000000009061375f565b604080516001600160401b0390921682528415156020830152015b60405180910390a25b50505050565b600182015482545f9190600160c01b900463ffffffff16831015610bef57600284015481811015612f1f579150610ea49050565b509392505050565b6001600160a01b0383165f908152600560205260409020805460ff600160e01b90910481161015612f84578054600160e01b900460ff1681601c612f6a83613aeb565b91906101000a81548160ff021916908360ff160217905550505b8054604051600160e01b90910460ff1681526001600160401b038416906001600160a01b038616907f59d376bbad63ad4cd54f773d3f445f07ab0ecb6db2e868de83bfe855a63e5df99060200160405180910390a360ff7f000000000000000000000000000000000000000000000000000000000000000016158015906130395750805460ff7f00000000000000000000000000000000000000000000000000000000000000008116600160e01b9092041610155b15612ee557805463ffffffff60a01b67ffffffffffffffff60801b19909116600160801b63ffffffff85160263ffffffff60a01b1916171781556040516001600160401b03831681526001600160a01b038516907f3070ea7dc648d7f0fea8e6140fbb72243f7fce077d0c7bd9856075ec037b3aa190602001612edc565b5080546130c3906136bc565b5f825580601f106130d2575050565b601f0160209004905f5260205f2090810190610a0991905b808211156130fd575f81556001016130ea565b5090565b5f60208284031215613111575f5ffd5b5035919050565b80356001600160a01b038116811461312e575f5ffd5b919050565b5f5f83601f840112613143575f5ffd5b5081356001600160401b03811115613159575f5ffd5b6020830191508360208260051b8501011115613173575f5ffd5b9250929050565b5f5f5f6040848603121561318c575f5ffd5b61319584613118565b925060208401356001600160401b038111156131af575f5ffd5b6131bb86828701613133565b9497909650939450505050565b5f8151808452602084019350602083015f5b828110156131f85781518652602095860195909101906001016131da565b5093949350505050565b8315158152606060208201525f61321c60608301856131c8565b9050826040830152949350505050565b5f8151808452602084019350602083015f5b828110156131f85781516001600160a01b031686526020958601959091019060010161323e565b602081525f610bef602083018461322c565b5f60208284031215613287575f5ffd5b610bef82613118565b5f5f604083850312156132a1575f5ffd5b6132aa83613118565b946020939093013593505050565b80356001600160401b038116811461312e575f5ffd5b5f602082840312156132de575f5ffd5b610bef826132b8565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b8381101561336357601f1985840301885261334d8383516132e7565b6020988901989093509190910190600101613331565b50909695505050505050565b608081525f613381608083018761322c565b828103602084015261339381876131c8565b9050828103604084015280855180835260208301915060208160051b840101602088015f5b838110156133ea57601f198684030185526133d48383516132e7565b60209586019590935091909101906001016133b8565b505085810360608701526133fe8188613315565b9a9950505050505050505050565b5f5f5f5f5f5f60808789031215613421575f5ffd5b61342a87613118565b955060208701356001600160401b03811115613444575f5ffd5b61345089828a01613133565b90965094505060408701356001600160401b0381111561346e575f5ffd5b61347a89828a01613133565b909450925061348d9050606088016132b8565b90509295509295509295565b634e487b7160e01b5f52602160045260245ffd5b5f600387106134ca57634e487b7160e01b5f52602160045260245ffd5b8682528560208301526001600160401b038516604083015260a060608301526134f660a08301856132e7565b828103608084015261128581856132e7565b5f5f83601f840112613518575f5ffd5b5081356001600160401b0381111561352e575f5ffd5b602083019150836020828501011115613173575f5ffd5b5f5f5f5f60408587031215613558575f5ffd5b84356001600160401b0381111561356d575f5ffd5b61357987828801613508565b90955093505060208501356001600160401b03811115613597575f5ffd5b6135a387828801613508565b95989497509550505050565b5f5f602083850312156135c0575f5ffd5b82356001600160401b038111156135d5575f5ffd5b6135e185828601613133565b90969095509350505050565b5f5f604083850312156135fe575f5ffd5b613607836132b8565b9150613615602084016132b8565b90509250929050565b5f5f5f60608486031215613630575f5ffd5b61363984613118565b925061364760208501613118565b929592945050506040919091013590565b604081525f61366a60408301856131c8565b90508260208301529392505050565b634e487b7160e01b5f52601160045260245ffd5b63ffffffff8181168382160190811115610ea457610ea4613679565b80820180821115610ea457610ea4613679565b600181811c908216806136d057607f821691505b60208210810361264957634e487b7160e01b5f52602260045260245ffd5b5f5f83546136fb816136bc565b600182168015613712576001811461372757613754565b60ff1983168652811515820286019350613754565b865f5260205f205f5b8381101561374c57815488820152600190910190602001613730565b505081860193505b509195945050505050565b6001600160401b038181168382160190811115610ea457610ea4613679565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b81810381811115610ea457610ea4613679565b818382375f9101908152919050565b601f8211156121be57805f5260205f20601f840160051c810160208510156137ed5750805b601f840160051c820191505b8181101561380c575f81556001016137f9565b5050505050565b6001600160401b0383111561382a5761382a61377e565b61383e8361383883546136bc565b836137c8565b5f601f84116001811461386f575f85156138585750838201355b5f19600387901b1c1916600186901b17835561380c565b5f83815260208120601f198716915b8281101561389e578685013582556020948501946001909201910161387e565b50868210156138ba575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b868152608060208201525f61390d6080830187896138cc565b82810360408401526139208186886138cc565b91505063ffffffff83166060830152979650505050505050565b602080825281018290525f8360408301825b8581101561397a576001600160a01b0361396584613118565b1682526020928301929091019060010161394c565b5095945050505050565b6001600160401b038281168282160390811115610ea457610ea4613679565b5f600182016139b4576139b4613679565b5060010190565b5f6001600160401b0382166001600160401b0381036139dc576139dc613679565b60010192915050565b6001600160401b038181168382160290811690818114613a0757613a07613679565b5092915050565b634e487b7160e01b5f52601260045260245ffd5b5f6001600160401b03831680613a3a57613a3a613a0e565b806001600160401b0384160491505092915050565b63ffffffff8281168282160390811115610ea457610ea4613679565b5f81613a7957613a79613679565b505f190190565b5f82613a8e57613a8e613a0e565b500490565b61ffff8281168282160390811115610ea457610ea4613679565b634e487b7160e01b5f52603160045260245ffd5b5f82613acf57613acf613a0e565b500690565b8082028115828204841417610ea457610ea4613679565b5f60ff821660ff81036139dc576139dc61367956",
}

// SequencerSet is an auto generated Go binding around an Ethereum contract.
type SequencerSet struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SequencerSet) GetABI() abi.ABI {
	return c.abi
}

// NewSequencerSet creates a new instance of SequencerSet.
func NewSequencerSet() *SequencerSet {
	parsed, err := SequencerSetMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SequencerSet{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SequencerSet) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor((uint256,uint64,uint8,uint64,uint64,uint64,uint64,uint8) p) returns()
func (sequencerSet *SequencerSet) PackConstructor(p SequencerSetParams) []byte {
	enc, err := sequencerSet.abi.Pack("", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXCONSENSUSKEYBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xafe5bee1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CONSENSUS_KEY_BYTES() view returns(uint256)
func (sequencerSet *SequencerSet) PackMAXCONSENSUSKEYBYTES() []byte {
	enc, err := sequencerSet.abi.Pack("MAX_CONSENSUS_KEY_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCONSENSUSKEYBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xafe5bee1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CONSENSUS_KEY_BYTES() view returns(uint256)
func (sequencerSet *SequencerSet) TryPackMAXCONSENSUSKEYBYTES() ([]byte, error) {
	return sequencerSet.abi.Pack("MAX_CONSENSUS_KEY_BYTES")
}

// UnpackMAXCONSENSUSKEYBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xafe5bee1.
//
// Solidity: function MAX_CONSENSUS_KEY_BYTES() view returns(uint256)
func (sequencerSet *SequencerSet) UnpackMAXCONSENSUSKEYBYTES(data []byte) (*big.Int, error) {
	out, err := sequencerSet.abi.Unpack("MAX_CONSENSUS_KEY_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXENDPOINTBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a759856.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ENDPOINT_BYTES() view returns(uint256)
func (sequencerSet *SequencerSet) PackMAXENDPOINTBYTES() []byte {
	enc, err := sequencerSet.abi.Pack("MAX_ENDPOINT_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXENDPOINTBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a759856.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ENDPOINT_BYTES() view returns(uint256)
func (sequencerSet *SequencerSet) TryPackMAXENDPOINTBYTES() ([]byte, error) {
	return sequencerSet.abi.Pack("MAX_ENDPOINT_BYTES")
}

// UnpackMAXENDPOINTBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7a759856.
//
// Solidity: function MAX_ENDPOINT_BYTES() view returns(uint256)
func (sequencerSet *SequencerSet) UnpackMAXENDPOINTBYTES(data []byte) (*big.Int, error) {
	out, err := sequencerSet.abi.Unpack("MAX_ENDPOINT_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXPENALTYSLOTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7bcd5df5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PENALTY_SLOTS() view returns(uint256)
func (sequencerSet *SequencerSet) PackMAXPENALTYSLOTS() []byte {
	enc, err := sequencerSet.abi.Pack("MAX_PENALTY_SLOTS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPENALTYSLOTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7bcd5df5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PENALTY_SLOTS() view returns(uint256)
func (sequencerSet *SequencerSet) TryPackMAXPENALTYSLOTS() ([]byte, error) {
	return sequencerSet.abi.Pack("MAX_PENALTY_SLOTS")
}

// UnpackMAXPENALTYSLOTS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7bcd5df5.
//
// Solidity: function MAX_PENALTY_SLOTS() view returns(uint256)
func (sequencerSet *SequencerSet) UnpackMAXPENALTYSLOTS(data []byte) (*big.Int, error) {
	out, err := sequencerSet.abi.Unpack("MAX_PENALTY_SLOTS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXSEQUENCERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1cf9e3d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SEQUENCERS() view returns(uint256)
func (sequencerSet *SequencerSet) PackMAXSEQUENCERS() []byte {
	enc, err := sequencerSet.abi.Pack("MAX_SEQUENCERS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSEQUENCERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1cf9e3d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SEQUENCERS() view returns(uint256)
func (sequencerSet *SequencerSet) TryPackMAXSEQUENCERS() ([]byte, error) {
	return sequencerSet.abi.Pack("MAX_SEQUENCERS")
}

// UnpackMAXSEQUENCERS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1cf9e3d.
//
// Solidity: function MAX_SEQUENCERS() view returns(uint256)
func (sequencerSet *SequencerSet) UnpackMAXSEQUENCERS(data []byte) (*big.Int, error) {
	out, err := sequencerSet.abi.Unpack("MAX_SEQUENCERS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSEEDTAG is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01f2bd66.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SEED_TAG() view returns(bytes32)
func (sequencerSet *SequencerSet) PackSEEDTAG() []byte {
	enc, err := sequencerSet.abi.Pack("SEED_TAG")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSEEDTAG is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01f2bd66.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SEED_TAG() view returns(bytes32)
func (sequencerSet *SequencerSet) TryPackSEEDTAG() ([]byte, error) {
	return sequencerSet.abi.Pack("SEED_TAG")
}

// UnpackSEEDTAG is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01f2bd66.
//
// Solidity: function SEED_TAG() view returns(bytes32)
func (sequencerSet *SequencerSet) UnpackSEEDTAG(data []byte) ([32]byte, error) {
	out, err := sequencerSet.abi.Unpack("SEED_TAG", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackActiveCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4331ed1f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activeCount() view returns(uint256)
func (sequencerSet *SequencerSet) PackActiveCount() []byte {
	enc, err := sequencerSet.abi.Pack("activeCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActiveCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4331ed1f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activeCount() view returns(uint256)
func (sequencerSet *SequencerSet) TryPackActiveCount() ([]byte, error) {
	return sequencerSet.abi.Pack("activeCount")
}

// UnpackActiveCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4331ed1f.
//
// Solidity: function activeCount() view returns(uint256)
func (sequencerSet *SequencerSet) UnpackActiveCount(data []byte) (*big.Int, error) {
	out, err := sequencerSet.abi.Unpack("activeCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackActiveSequencers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd754d28e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activeSequencers() view returns(address[] addrs)
func (sequencerSet *SequencerSet) PackActiveSequencers() []byte {
	enc, err := sequencerSet.abi.Pack("activeSequencers")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActiveSequencers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd754d28e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activeSequencers() view returns(address[] addrs)
func (sequencerSet *SequencerSet) TryPackActiveSequencers() ([]byte, error) {
	return sequencerSet.abi.Pack("activeSequencers")
}

// UnpackActiveSequencers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd754d28e.
//
// Solidity: function activeSequencers() view returns(address[] addrs)
func (sequencerSet *SequencerSet) UnpackActiveSequencers(data []byte) ([]common.Address, error) {
	out, err := sequencerSet.abi.Unpack("activeSequencers", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackActiveStakes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf61540f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activeStakes(address[] who) view returns(uint256[] stakes, uint256 total)
func (sequencerSet *SequencerSet) PackActiveStakes(who []common.Address) []byte {
	enc, err := sequencerSet.abi.Pack("activeStakes", who)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActiveStakes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf61540f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activeStakes(address[] who) view returns(uint256[] stakes, uint256 total)
func (sequencerSet *SequencerSet) TryPackActiveStakes(who []common.Address) ([]byte, error) {
	return sequencerSet.abi.Pack("activeStakes", who)
}

// ActiveStakesOutput serves as a container for the return parameters of contract
// method ActiveStakes.
type ActiveStakesOutput struct {
	Stakes []*big.Int
	Total  *big.Int
}

// UnpackActiveStakes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf61540f1.
//
// Solidity: function activeStakes(address[] who) view returns(uint256[] stakes, uint256 total)
func (sequencerSet *SequencerSet) UnpackActiveStakes(data []byte) (ActiveStakesOutput, error) {
	out, err := sequencerSet.abi.Unpack("activeStakes", data)
	outstruct := new(ActiveStakesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Stakes = *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	outstruct.Total = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackCanPost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48742465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canPost(address poster, uint256 timestamp) view returns(bool)
func (sequencerSet *SequencerSet) PackCanPost(poster common.Address, timestamp *big.Int) []byte {
	enc, err := sequencerSet.abi.Pack("canPost", poster, timestamp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCanPost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48742465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function canPost(address poster, uint256 timestamp) view returns(bool)
func (sequencerSet *SequencerSet) TryPackCanPost(poster common.Address, timestamp *big.Int) ([]byte, error) {
	return sequencerSet.abi.Pack("canPost", poster, timestamp)
}

// UnpackCanPost is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x48742465.
//
// Solidity: function canPost(address poster, uint256 timestamp) view returns(bool)
func (sequencerSet *SequencerSet) UnpackCanPost(data []byte) (bool, error) {
	out, err := sequencerSet.abi.Unpack("canPost", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackClaimCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1333db2e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimCredit() returns()
func (sequencerSet *SequencerSet) PackClaimCredit() []byte {
	enc, err := sequencerSet.abi.Pack("claimCredit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1333db2e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimCredit() returns()
func (sequencerSet *SequencerSet) TryPackClaimCredit() ([]byte, error) {
	return sequencerSet.abi.Pack("claimCredit")
}

// PackConsensusKeyHolder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x174ef8a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function consensusKeyHolder(bytes32 ) view returns(address)
func (sequencerSet *SequencerSet) PackConsensusKeyHolder(arg0 [32]byte) []byte {
	enc, err := sequencerSet.abi.Pack("consensusKeyHolder", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConsensusKeyHolder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x174ef8a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function consensusKeyHolder(bytes32 ) view returns(address)
func (sequencerSet *SequencerSet) TryPackConsensusKeyHolder(arg0 [32]byte) ([]byte, error) {
	return sequencerSet.abi.Pack("consensusKeyHolder", arg0)
}

// UnpackConsensusKeyHolder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x174ef8a1.
//
// Solidity: function consensusKeyHolder(bytes32 ) view returns(address)
func (sequencerSet *SequencerSet) UnpackConsensusKeyHolder(data []byte) (common.Address, error) {
	out, err := sequencerSet.abi.Unpack("consensusKeyHolder", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credit(address ) view returns(uint256)
func (sequencerSet *SequencerSet) PackCredit(arg0 common.Address) []byte {
	enc, err := sequencerSet.abi.Pack("credit", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credit(address ) view returns(uint256)
func (sequencerSet *SequencerSet) TryPackCredit(arg0 common.Address) ([]byte, error) {
	return sequencerSet.abi.Pack("credit", arg0)
}

// UnpackCredit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5d44d80.
//
// Solidity: function credit(address ) view returns(uint256)
func (sequencerSet *SequencerSet) UnpackCredit(data []byte) (*big.Int, error) {
	out, err := sequencerSet.abi.Unpack("credit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentEpoch() view returns(uint64)
func (sequencerSet *SequencerSet) PackCurrentEpoch() []byte {
	enc, err := sequencerSet.abi.Pack("currentEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentEpoch() view returns(uint64)
func (sequencerSet *SequencerSet) TryPackCurrentEpoch() ([]byte, error) {
	return sequencerSet.abi.Pack("currentEpoch")
}

// UnpackCurrentEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76671808.
//
// Solidity: function currentEpoch() view returns(uint64)
func (sequencerSet *SequencerSet) UnpackCurrentEpoch(data []byte) (uint64, error) {
	out, err := sequencerSet.abi.Unpack("currentEpoch", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackCurrentSlot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3359632e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentSlot() view returns(uint64)
func (sequencerSet *SequencerSet) PackCurrentSlot() []byte {
	enc, err := sequencerSet.abi.Pack("currentSlot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentSlot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3359632e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentSlot() view returns(uint64)
func (sequencerSet *SequencerSet) TryPackCurrentSlot() ([]byte, error) {
	return sequencerSet.abi.Pack("currentSlot")
}

// UnpackCurrentSlot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3359632e.
//
// Solidity: function currentSlot() view returns(uint64)
func (sequencerSet *SequencerSet) UnpackCurrentSlot(data []byte) (uint64, error) {
	out, err := sequencerSet.abi.Unpack("currentSlot", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDeployer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f39488.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployer() view returns(address)
func (sequencerSet *SequencerSet) PackDeployer() []byte {
	enc, err := sequencerSet.abi.Pack("deployer")
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
func (sequencerSet *SequencerSet) TryPackDeployer() ([]byte, error) {
	return sequencerSet.abi.Pack("deployer")
}

// UnpackDeployer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5f39488.
//
// Solidity: function deployer() view returns(address)
func (sequencerSet *SequencerSet) UnpackDeployer(data []byte) (common.Address, error) {
	out, err := sequencerSet.abi.Unpack("deployer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDrawLeader is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x532c1435.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function drawLeader(address domain, address[] addrs, uint256[] weights, uint64 slot) pure returns(address)
func (sequencerSet *SequencerSet) PackDrawLeader(domain common.Address, addrs []common.Address, weights []*big.Int, slot uint64) []byte {
	enc, err := sequencerSet.abi.Pack("drawLeader", domain, addrs, weights, slot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDrawLeader is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x532c1435.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function drawLeader(address domain, address[] addrs, uint256[] weights, uint64 slot) pure returns(address)
func (sequencerSet *SequencerSet) TryPackDrawLeader(domain common.Address, addrs []common.Address, weights []*big.Int, slot uint64) ([]byte, error) {
	return sequencerSet.abi.Pack("drawLeader", domain, addrs, weights, slot)
}

// UnpackDrawLeader is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x532c1435.
//
// Solidity: function drawLeader(address domain, address[] addrs, uint256[] weights, uint64 slot) pure returns(address)
func (sequencerSet *SequencerSet) UnpackDrawLeader(data []byte) (common.Address, error) {
	out, err := sequencerSet.abi.Unpack("drawLeader", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackEpochLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d775f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochLength() view returns(uint64)
func (sequencerSet *SequencerSet) PackEpochLength() []byte {
	enc, err := sequencerSet.abi.Pack("epochLength")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d775f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochLength() view returns(uint64)
func (sequencerSet *SequencerSet) TryPackEpochLength() ([]byte, error) {
	return sequencerSet.abi.Pack("epochLength")
}

// UnpackEpochLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57d775f8.
//
// Solidity: function epochLength() view returns(uint64)
func (sequencerSet *SequencerSet) UnpackEpochLength(data []byte) (uint64, error) {
	out, err := sequencerSet.abi.Unpack("epochLength", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackEpochOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfadb4768.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochOf(uint64 slot) view returns(uint64)
func (sequencerSet *SequencerSet) PackEpochOf(slot uint64) []byte {
	enc, err := sequencerSet.abi.Pack("epochOf", slot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfadb4768.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochOf(uint64 slot) view returns(uint64)
func (sequencerSet *SequencerSet) TryPackEpochOf(slot uint64) ([]byte, error) {
	return sequencerSet.abi.Pack("epochOf", slot)
}

// UnpackEpochOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfadb4768.
//
// Solidity: function epochOf(uint64 slot) view returns(uint64)
func (sequencerSet *SequencerSet) UnpackEpochOf(data []byte) (uint64, error) {
	out, err := sequencerSet.abi.Unpack("epochOf", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackEpochSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cdd6329.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochSet(uint64 epoch) view returns(address[] addrs, uint256[] stakes, bytes[] consensusKeys, string[] endpoints)
func (sequencerSet *SequencerSet) PackEpochSet(epoch uint64) []byte {
	enc, err := sequencerSet.abi.Pack("epochSet", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cdd6329.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochSet(uint64 epoch) view returns(address[] addrs, uint256[] stakes, bytes[] consensusKeys, string[] endpoints)
func (sequencerSet *SequencerSet) TryPackEpochSet(epoch uint64) ([]byte, error) {
	return sequencerSet.abi.Pack("epochSet", epoch)
}

// EpochSetOutput serves as a container for the return parameters of contract
// method EpochSet.
type EpochSetOutput struct {
	Addrs         []common.Address
	Stakes        []*big.Int
	ConsensusKeys [][]byte
	Endpoints     []string
}

// UnpackEpochSet is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cdd6329.
//
// Solidity: function epochSet(uint64 epoch) view returns(address[] addrs, uint256[] stakes, bytes[] consensusKeys, string[] endpoints)
func (sequencerSet *SequencerSet) UnpackEpochSet(data []byte) (EpochSetOutput, error) {
	out, err := sequencerSet.abi.Unpack("epochSet", data)
	outstruct := new(EpochSetOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Addrs = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.Stakes = *abi.ConvertType(out[1], new([]*big.Int)).(*[]*big.Int)
	outstruct.ConsensusKeys = *abi.ConvertType(out[2], new([][]byte)).(*[][]byte)
	outstruct.Endpoints = *abi.ConvertType(out[3], new([]string)).(*[]string)
	return *outstruct, nil
}

// PackExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9fad8ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exit() returns()
func (sequencerSet *SequencerSet) PackExit() []byte {
	enc, err := sequencerSet.abi.Pack("exit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9fad8ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exit() returns()
func (sequencerSet *SequencerSet) TryPackExit() ([]byte, error) {
	return sequencerSet.abi.Pack("exit")
}

// PackFaultContracts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a0ba7d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function faultContracts() view returns(address[])
func (sequencerSet *SequencerSet) PackFaultContracts() []byte {
	enc, err := sequencerSet.abi.Pack("faultContracts")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFaultContracts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a0ba7d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function faultContracts() view returns(address[])
func (sequencerSet *SequencerSet) TryPackFaultContracts() ([]byte, error) {
	return sequencerSet.abi.Pack("faultContracts")
}

// UnpackFaultContracts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a0ba7d8.
//
// Solidity: function faultContracts() view returns(address[])
func (sequencerSet *SequencerSet) UnpackFaultContracts(data []byte) ([]common.Address, error) {
	out, err := sequencerSet.abi.Unpack("faultContracts", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackGenesisTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42c6498a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function genesisTime() view returns(uint64)
func (sequencerSet *SequencerSet) PackGenesisTime() []byte {
	enc, err := sequencerSet.abi.Pack("genesisTime")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGenesisTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42c6498a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function genesisTime() view returns(uint64)
func (sequencerSet *SequencerSet) TryPackGenesisTime() ([]byte, error) {
	return sequencerSet.abi.Pack("genesisTime")
}

// UnpackGenesisTime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42c6498a.
//
// Solidity: function genesisTime() view returns(uint64)
func (sequencerSet *SequencerSet) UnpackGenesisTime(data []byte) (uint64, error) {
	out, err := sequencerSet.abi.Unpack("genesisTime", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackIncreaseBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21a40002.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function increaseBond() payable returns()
func (sequencerSet *SequencerSet) PackIncreaseBond() []byte {
	enc, err := sequencerSet.abi.Pack("increaseBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIncreaseBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21a40002.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function increaseBond() payable returns()
func (sequencerSet *SequencerSet) TryPackIncreaseBond() ([]byte, error) {
	return sequencerSet.abi.Pack("increaseBond")
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa224cee7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address[] faultContracts_) returns()
func (sequencerSet *SequencerSet) PackInitialize(faultContracts []common.Address) []byte {
	enc, err := sequencerSet.abi.Pack("initialize", faultContracts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa224cee7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address[] faultContracts_) returns()
func (sequencerSet *SequencerSet) TryPackInitialize(faultContracts []common.Address) ([]byte, error) {
	return sequencerSet.abi.Pack("initialize", faultContracts)
}

// PackInitialized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x158ef93e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialized() view returns(bool)
func (sequencerSet *SequencerSet) PackInitialized() []byte {
	enc, err := sequencerSet.abi.Pack("initialized")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x158ef93e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialized() view returns(bool)
func (sequencerSet *SequencerSet) TryPackInitialized() ([]byte, error) {
	return sequencerSet.abi.Pack("initialized")
}

// UnpackInitialized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x158ef93e.
//
// Solidity: function initialized() view returns(bool)
func (sequencerSet *SequencerSet) UnpackInitialized(data []byte) (bool, error) {
	out, err := sequencerSet.abi.Unpack("initialized", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f8a13d7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isActive(address seq) view returns(bool)
func (sequencerSet *SequencerSet) PackIsActive(seq common.Address) []byte {
	enc, err := sequencerSet.abi.Pack("isActive", seq)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f8a13d7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isActive(address seq) view returns(bool)
func (sequencerSet *SequencerSet) TryPackIsActive(seq common.Address) ([]byte, error) {
	return sequencerSet.abi.Pack("isActive", seq)
}

// UnpackIsActive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f8a13d7.
//
// Solidity: function isActive(address seq) view returns(bool)
func (sequencerSet *SequencerSet) UnpackIsActive(data []byte) (bool, error) {
	out, err := sequencerSet.abi.Unpack("isActive", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsFaultContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1556f61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isFaultContract(address ) view returns(bool)
func (sequencerSet *SequencerSet) PackIsFaultContract(arg0 common.Address) []byte {
	enc, err := sequencerSet.abi.Pack("isFaultContract", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsFaultContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1556f61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isFaultContract(address ) view returns(bool)
func (sequencerSet *SequencerSet) TryPackIsFaultContract(arg0 common.Address) ([]byte, error) {
	return sequencerSet.abi.Pack("isFaultContract", arg0)
}

// UnpackIsFaultContract is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf1556f61.
//
// Solidity: function isFaultContract(address ) view returns(bool)
func (sequencerSet *SequencerSet) UnpackIsFaultContract(data []byte) (bool, error) {
	out, err := sequencerSet.abi.Unpack("isFaultContract", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLeaderOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x583d23f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leaderOf(uint64 slot) view returns(address)
func (sequencerSet *SequencerSet) PackLeaderOf(slot uint64) []byte {
	enc, err := sequencerSet.abi.Pack("leaderOf", slot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeaderOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x583d23f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leaderOf(uint64 slot) view returns(address)
func (sequencerSet *SequencerSet) TryPackLeaderOf(slot uint64) ([]byte, error) {
	return sequencerSet.abi.Pack("leaderOf", slot)
}

// UnpackLeaderOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x583d23f4.
//
// Solidity: function leaderOf(uint64 slot) view returns(address)
func (sequencerSet *SequencerSet) UnpackLeaderOf(data []byte) (common.Address, error) {
	out, err := sequencerSet.abi.Unpack("leaderOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackLeaderWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9876d20.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leaderWindow() view returns(uint64)
func (sequencerSet *SequencerSet) PackLeaderWindow() []byte {
	enc, err := sequencerSet.abi.Pack("leaderWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeaderWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9876d20.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leaderWindow() view returns(uint64)
func (sequencerSet *SequencerSet) TryPackLeaderWindow() ([]byte, error) {
	return sequencerSet.abi.Pack("leaderWindow")
}

// UnpackLeaderWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9876d20.
//
// Solidity: function leaderWindow() view returns(uint64)
func (sequencerSet *SequencerSet) UnpackLeaderWindow(data []byte) (uint64, error) {
	out, err := sequencerSet.abi.Unpack("leaderWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackLeadersOfSlots is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd997c5a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leadersOfSlots(uint64 fromSlot, uint64 toSlot) view returns(address[] out)
func (sequencerSet *SequencerSet) PackLeadersOfSlots(fromSlot uint64, toSlot uint64) []byte {
	enc, err := sequencerSet.abi.Pack("leadersOfSlots", fromSlot, toSlot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeadersOfSlots is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd997c5a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leadersOfSlots(uint64 fromSlot, uint64 toSlot) view returns(address[] out)
func (sequencerSet *SequencerSet) TryPackLeadersOfSlots(fromSlot uint64, toSlot uint64) ([]byte, error) {
	return sequencerSet.abi.Pack("leadersOfSlots", fromSlot, toSlot)
}

// UnpackLeadersOfSlots is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbd997c5a.
//
// Solidity: function leadersOfSlots(uint64 fromSlot, uint64 toSlot) view returns(address[] out)
func (sequencerSet *SequencerSet) UnpackLeadersOfSlots(data []byte) ([]common.Address, error) {
	out, err := sequencerSet.abi.Unpack("leadersOfSlots", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackMaxStrikes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70f6a319.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxStrikes() view returns(uint8)
func (sequencerSet *SequencerSet) PackMaxStrikes() []byte {
	enc, err := sequencerSet.abi.Pack("maxStrikes")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxStrikes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70f6a319.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxStrikes() view returns(uint8)
func (sequencerSet *SequencerSet) TryPackMaxStrikes() ([]byte, error) {
	return sequencerSet.abi.Pack("maxStrikes")
}

// UnpackMaxStrikes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70f6a319.
//
// Solidity: function maxStrikes() view returns(uint8)
func (sequencerSet *SequencerSet) UnpackMaxStrikes(data []byte) (uint8, error) {
	out, err := sequencerSet.abi.Unpack("maxStrikes", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMinBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x831518b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minBond() view returns(uint256)
func (sequencerSet *SequencerSet) PackMinBond() []byte {
	enc, err := sequencerSet.abi.Pack("minBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x831518b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minBond() view returns(uint256)
func (sequencerSet *SequencerSet) TryPackMinBond() ([]byte, error) {
	return sequencerSet.abi.Pack("minBond")
}

// UnpackMinBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x831518b7.
//
// Solidity: function minBond() view returns(uint256)
func (sequencerSet *SequencerSet) UnpackMinBond(data []byte) (*big.Int, error) {
	out, err := sequencerSet.abi.Unpack("minBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNotePost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x244df257.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function notePost(address poster, address[] signers) returns(bool allowed, uint256[] stakes, uint256 totalPower)
func (sequencerSet *SequencerSet) PackNotePost(poster common.Address, signers []common.Address) []byte {
	enc, err := sequencerSet.abi.Pack("notePost", poster, signers)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNotePost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x244df257.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function notePost(address poster, address[] signers) returns(bool allowed, uint256[] stakes, uint256 totalPower)
func (sequencerSet *SequencerSet) TryPackNotePost(poster common.Address, signers []common.Address) ([]byte, error) {
	return sequencerSet.abi.Pack("notePost", poster, signers)
}

// NotePostOutput serves as a container for the return parameters of contract
// method NotePost.
type NotePostOutput struct {
	Allowed    bool
	Stakes     []*big.Int
	TotalPower *big.Int
}

// UnpackNotePost is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x244df257.
//
// Solidity: function notePost(address poster, address[] signers) returns(bool allowed, uint256[] stakes, uint256 totalPower)
func (sequencerSet *SequencerSet) UnpackNotePost(data []byte) (NotePostOutput, error) {
	out, err := sequencerSet.abi.Unpack("notePost", data)
	outstruct := new(NotePostOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Allowed = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Stakes = *abi.ConvertType(out[1], new([]*big.Int)).(*[]*big.Int)
	outstruct.TotalPower = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92255fbf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(bytes consensusKey, string endpoint) payable returns()
func (sequencerSet *SequencerSet) PackRegister(consensusKey []byte, endpoint string) []byte {
	enc, err := sequencerSet.abi.Pack("register", consensusKey, endpoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92255fbf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(bytes consensusKey, string endpoint) payable returns()
func (sequencerSet *SequencerSet) TryPackRegister(consensusKey []byte, endpoint string) ([]byte, error) {
	return sequencerSet.abi.Pack("register", consensusKey, endpoint)
}

// PackSequencer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d0c7b2b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sequencer(address seq) view returns(uint8 status, uint256 stake, uint64 exitAt, bytes consensusKey, string endpoint)
func (sequencerSet *SequencerSet) PackSequencer(seq common.Address) []byte {
	enc, err := sequencerSet.abi.Pack("sequencer", seq)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSequencer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d0c7b2b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sequencer(address seq) view returns(uint8 status, uint256 stake, uint64 exitAt, bytes consensusKey, string endpoint)
func (sequencerSet *SequencerSet) TryPackSequencer(seq common.Address) ([]byte, error) {
	return sequencerSet.abi.Pack("sequencer", seq)
}

// SequencerOutput serves as a container for the return parameters of contract
// method Sequencer.
type SequencerOutput struct {
	Status       uint8
	Stake        *big.Int
	ExitAt       uint64
	ConsensusKey []byte
	Endpoint     string
}

// UnpackSequencer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5d0c7b2b.
//
// Solidity: function sequencer(address seq) view returns(uint8 status, uint256 stake, uint64 exitAt, bytes consensusKey, string endpoint)
func (sequencerSet *SequencerSet) UnpackSequencer(data []byte) (SequencerOutput, error) {
	out, err := sequencerSet.abi.Unpack("sequencer", data)
	outstruct := new(SequencerOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Status = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Stake = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.ExitAt = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.ConsensusKey = *abi.ConvertType(out[3], new([]byte)).(*[]byte)
	outstruct.Endpoint = *abi.ConvertType(out[4], new(string)).(*string)
	return *outstruct, nil
}

// PackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe74f8239.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slash(address seq, address prover, uint256 amount) returns(uint256 slashed)
func (sequencerSet *SequencerSet) PackSlash(seq common.Address, prover common.Address, amount *big.Int) []byte {
	enc, err := sequencerSet.abi.Pack("slash", seq, prover, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe74f8239.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slash(address seq, address prover, uint256 amount) returns(uint256 slashed)
func (sequencerSet *SequencerSet) TryPackSlash(seq common.Address, prover common.Address, amount *big.Int) ([]byte, error) {
	return sequencerSet.abi.Pack("slash", seq, prover, amount)
}

// UnpackSlash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe74f8239.
//
// Solidity: function slash(address seq, address prover, uint256 amount) returns(uint256 slashed)
func (sequencerSet *SequencerSet) UnpackSlash(data []byte) (*big.Int, error) {
	out, err := sequencerSet.abi.Unpack("slash", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSlashRewardPercent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa53b32b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashRewardPercent() view returns(uint8)
func (sequencerSet *SequencerSet) PackSlashRewardPercent() []byte {
	enc, err := sequencerSet.abi.Pack("slashRewardPercent")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashRewardPercent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa53b32b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashRewardPercent() view returns(uint8)
func (sequencerSet *SequencerSet) TryPackSlashRewardPercent() ([]byte, error) {
	return sequencerSet.abi.Pack("slashRewardPercent")
}

// UnpackSlashRewardPercent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa53b32b0.
//
// Solidity: function slashRewardPercent() view returns(uint8)
func (sequencerSet *SequencerSet) UnpackSlashRewardPercent(data []byte) (uint8, error) {
	out, err := sequencerSet.abi.Unpack("slashRewardPercent", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSlotAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda05f130.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slotAt(uint64 t) view returns(uint64)
func (sequencerSet *SequencerSet) PackSlotAt(t uint64) []byte {
	enc, err := sequencerSet.abi.Pack("slotAt", t)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlotAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda05f130.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slotAt(uint64 t) view returns(uint64)
func (sequencerSet *SequencerSet) TryPackSlotAt(t uint64) ([]byte, error) {
	return sequencerSet.abi.Pack("slotAt", t)
}

// UnpackSlotAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xda05f130.
//
// Solidity: function slotAt(uint64 t) view returns(uint64)
func (sequencerSet *SequencerSet) UnpackSlotAt(data []byte) (uint64, error) {
	out, err := sequencerSet.abi.Unpack("slotAt", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSlotDuration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ead865d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slotDuration() view returns(uint64)
func (sequencerSet *SequencerSet) PackSlotDuration() []byte {
	enc, err := sequencerSet.abi.Pack("slotDuration")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlotDuration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ead865d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slotDuration() view returns(uint64)
func (sequencerSet *SequencerSet) TryPackSlotDuration() ([]byte, error) {
	return sequencerSet.abi.Pack("slotDuration")
}

// UnpackSlotDuration is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ead865d.
//
// Solidity: function slotDuration() view returns(uint64)
func (sequencerSet *SequencerSet) UnpackSlotDuration(data []byte) (uint64, error) {
	out, err := sequencerSet.abi.Unpack("slotDuration", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSlotStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2ea2134.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slotStart(uint64 slot) view returns(uint64)
func (sequencerSet *SequencerSet) PackSlotStart(slot uint64) []byte {
	enc, err := sequencerSet.abi.Pack("slotStart", slot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlotStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2ea2134.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slotStart(uint64 slot) view returns(uint64)
func (sequencerSet *SequencerSet) TryPackSlotStart(slot uint64) ([]byte, error) {
	return sequencerSet.abi.Pack("slotStart", slot)
}

// UnpackSlotStart is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2ea2134.
//
// Solidity: function slotStart(uint64 slot) view returns(uint64)
func (sequencerSet *SequencerSet) UnpackSlotStart(data []byte) (uint64, error) {
	out, err := sequencerSet.abi.Unpack("slotStart", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42623360.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeOf(address seq) view returns(uint256)
func (sequencerSet *SequencerSet) PackStakeOf(seq common.Address) []byte {
	enc, err := sequencerSet.abi.Pack("stakeOf", seq)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42623360.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeOf(address seq) view returns(uint256)
func (sequencerSet *SequencerSet) TryPackStakeOf(seq common.Address) ([]byte, error) {
	return sequencerSet.abi.Pack("stakeOf", seq)
}

// UnpackStakeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42623360.
//
// Solidity: function stakeOf(address seq) view returns(uint256)
func (sequencerSet *SequencerSet) UnpackStakeOf(data []byte) (*big.Int, error) {
	out, err := sequencerSet.abi.Unpack("stakeOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStanding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58616803.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function standing(address seq) view returns(uint64 fromEpoch, uint64 untilEpoch, uint8 strikes, bool jailed, uint64 jailedFrom)
func (sequencerSet *SequencerSet) PackStanding(seq common.Address) []byte {
	enc, err := sequencerSet.abi.Pack("standing", seq)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStanding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58616803.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function standing(address seq) view returns(uint64 fromEpoch, uint64 untilEpoch, uint8 strikes, bool jailed, uint64 jailedFrom)
func (sequencerSet *SequencerSet) TryPackStanding(seq common.Address) ([]byte, error) {
	return sequencerSet.abi.Pack("standing", seq)
}

// StandingOutput serves as a container for the return parameters of contract
// method Standing.
type StandingOutput struct {
	FromEpoch  uint64
	UntilEpoch uint64
	Strikes    uint8
	Jailed     bool
	JailedFrom uint64
}

// UnpackStanding is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x58616803.
//
// Solidity: function standing(address seq) view returns(uint64 fromEpoch, uint64 untilEpoch, uint8 strikes, bool jailed, uint64 jailedFrom)
func (sequencerSet *SequencerSet) UnpackStanding(data []byte) (StandingOutput, error) {
	out, err := sequencerSet.abi.Unpack("standing", data)
	outstruct := new(StandingOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.FromEpoch = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.UntilEpoch = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Strikes = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	outstruct.Jailed = *abi.ConvertType(out[3], new(bool)).(*bool)
	outstruct.JailedFrom = *abi.ConvertType(out[4], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackTotalActiveStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28f73148.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalActiveStake() view returns(uint256 total)
func (sequencerSet *SequencerSet) PackTotalActiveStake() []byte {
	enc, err := sequencerSet.abi.Pack("totalActiveStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalActiveStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28f73148.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalActiveStake() view returns(uint256 total)
func (sequencerSet *SequencerSet) TryPackTotalActiveStake() ([]byte, error) {
	return sequencerSet.abi.Pack("totalActiveStake")
}

// UnpackTotalActiveStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x28f73148.
//
// Solidity: function totalActiveStake() view returns(uint256 total)
func (sequencerSet *SequencerSet) UnpackTotalActiveStake(data []byte) (*big.Int, error) {
	out, err := sequencerSet.abi.Unpack("totalActiveStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd89135cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalBurned() view returns(uint256)
func (sequencerSet *SequencerSet) PackTotalBurned() []byte {
	enc, err := sequencerSet.abi.Pack("totalBurned")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd89135cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalBurned() view returns(uint256)
func (sequencerSet *SequencerSet) TryPackTotalBurned() ([]byte, error) {
	return sequencerSet.abi.Pack("totalBurned")
}

// UnpackTotalBurned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd89135cd.
//
// Solidity: function totalBurned() view returns(uint256)
func (sequencerSet *SequencerSet) UnpackTotalBurned(data []byte) (*big.Int, error) {
	out, err := sequencerSet.abi.Unpack("totalBurned", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnbondingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6cf6d675.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondingPeriod() view returns(uint64)
func (sequencerSet *SequencerSet) PackUnbondingPeriod() []byte {
	enc, err := sequencerSet.abi.Pack("unbondingPeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6cf6d675.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondingPeriod() view returns(uint64)
func (sequencerSet *SequencerSet) TryPackUnbondingPeriod() ([]byte, error) {
	return sequencerSet.abi.Pack("unbondingPeriod")
}

// UnpackUnbondingPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6cf6d675.
//
// Solidity: function unbondingPeriod() view returns(uint64)
func (sequencerSet *SequencerSet) UnpackUnbondingPeriod(data []byte) (uint64, error) {
	out, err := sequencerSet.abi.Unpack("unbondingPeriod", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackUnjail is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf679d305.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unjail() returns()
func (sequencerSet *SequencerSet) PackUnjail() []byte {
	enc, err := sequencerSet.abi.Pack("unjail")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnjail is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf679d305.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unjail() returns()
func (sequencerSet *SequencerSet) TryPackUnjail() ([]byte, error) {
	return sequencerSet.abi.Pack("unjail")
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (sequencerSet *SequencerSet) PackWithdraw() []byte {
	enc, err := sequencerSet.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (sequencerSet *SequencerSet) TryPackWithdraw() ([]byte, error) {
	return sequencerSet.abi.Pack("withdraw")
}

// PackWithdrawableAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a8c06ab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawableAt(address seq) view returns(uint64)
func (sequencerSet *SequencerSet) PackWithdrawableAt(seq common.Address) []byte {
	enc, err := sequencerSet.abi.Pack("withdrawableAt", seq)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawableAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a8c06ab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawableAt(address seq) view returns(uint64)
func (sequencerSet *SequencerSet) TryPackWithdrawableAt(seq common.Address) ([]byte, error) {
	return sequencerSet.abi.Pack("withdrawableAt", seq)
}

// UnpackWithdrawableAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5a8c06ab.
//
// Solidity: function withdrawableAt(address seq) view returns(uint64)
func (sequencerSet *SequencerSet) UnpackWithdrawableAt(data []byte) (uint64, error) {
	out, err := sequencerSet.abi.Unpack("withdrawableAt", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// SequencerSetBondIncreased represents a BondIncreased event raised by the SequencerSet contract.
type SequencerSetBondIncreased struct {
	Sequencer common.Address
	Amount    *big.Int
	Stake     *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const SequencerSetBondIncreasedEventName = "BondIncreased"

// ContractEventName returns the user-defined event name.
func (SequencerSetBondIncreased) ContractEventName() string {
	return SequencerSetBondIncreasedEventName
}

// UnpackBondIncreasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BondIncreased(address indexed sequencer, uint256 amount, uint256 stake)
func (sequencerSet *SequencerSet) UnpackBondIncreasedEvent(log *types.Log) (*SequencerSetBondIncreased, error) {
	event := "BondIncreased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sequencerSet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SequencerSetBondIncreased)
	if len(log.Data) > 0 {
		if err := sequencerSet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sequencerSet.abi.Events[event].Inputs {
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

// SequencerSetCreditClaimed represents a CreditClaimed event raised by the SequencerSet contract.
type SequencerSetCreditClaimed struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SequencerSetCreditClaimedEventName = "CreditClaimed"

// ContractEventName returns the user-defined event name.
func (SequencerSetCreditClaimed) ContractEventName() string {
	return SequencerSetCreditClaimedEventName
}

// UnpackCreditClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CreditClaimed(address indexed account, uint256 amount)
func (sequencerSet *SequencerSet) UnpackCreditClaimedEvent(log *types.Log) (*SequencerSetCreditClaimed, error) {
	event := "CreditClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sequencerSet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SequencerSetCreditClaimed)
	if len(log.Data) > 0 {
		if err := sequencerSet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sequencerSet.abi.Events[event].Inputs {
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

// SequencerSetExitStarted represents a ExitStarted event raised by the SequencerSet contract.
type SequencerSetExitStarted struct {
	Sequencer      common.Address
	WithdrawableAt uint64
	Ejected        bool
	Raw            *types.Log // Blockchain specific contextual infos
}

const SequencerSetExitStartedEventName = "ExitStarted"

// ContractEventName returns the user-defined event name.
func (SequencerSetExitStarted) ContractEventName() string {
	return SequencerSetExitStartedEventName
}

// UnpackExitStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExitStarted(address indexed sequencer, uint64 withdrawableAt, bool ejected)
func (sequencerSet *SequencerSet) UnpackExitStartedEvent(log *types.Log) (*SequencerSetExitStarted, error) {
	event := "ExitStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sequencerSet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SequencerSetExitStarted)
	if len(log.Data) > 0 {
		if err := sequencerSet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sequencerSet.abi.Events[event].Inputs {
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

// SequencerSetInitialized represents a Initialized event raised by the SequencerSet contract.
type SequencerSetInitialized struct {
	FaultContracts []common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const SequencerSetInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (SequencerSetInitialized) ContractEventName() string {
	return SequencerSetInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(address[] faultContracts)
func (sequencerSet *SequencerSet) UnpackInitializedEvent(log *types.Log) (*SequencerSetInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sequencerSet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SequencerSetInitialized)
	if len(log.Data) > 0 {
		if err := sequencerSet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sequencerSet.abi.Events[event].Inputs {
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

// SequencerSetJailed represents a Jailed event raised by the SequencerSet contract.
type SequencerSetJailed struct {
	Sequencer common.Address
	Epoch     uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const SequencerSetJailedEventName = "Jailed"

// ContractEventName returns the user-defined event name.
func (SequencerSetJailed) ContractEventName() string {
	return SequencerSetJailedEventName
}

// UnpackJailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Jailed(address indexed sequencer, uint64 epoch)
func (sequencerSet *SequencerSet) UnpackJailedEvent(log *types.Log) (*SequencerSetJailed, error) {
	event := "Jailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sequencerSet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SequencerSetJailed)
	if len(log.Data) > 0 {
		if err := sequencerSet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sequencerSet.abi.Events[event].Inputs {
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

// SequencerSetRegistered represents a Registered event raised by the SequencerSet contract.
type SequencerSetRegistered struct {
	Sequencer    common.Address
	Stake        *big.Int
	ConsensusKey []byte
	Endpoint     string
	FromEpoch    uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const SequencerSetRegisteredEventName = "Registered"

// ContractEventName returns the user-defined event name.
func (SequencerSetRegistered) ContractEventName() string {
	return SequencerSetRegisteredEventName
}

// UnpackRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Registered(address indexed sequencer, uint256 stake, bytes consensusKey, string endpoint, uint64 fromEpoch)
func (sequencerSet *SequencerSet) UnpackRegisteredEvent(log *types.Log) (*SequencerSetRegistered, error) {
	event := "Registered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sequencerSet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SequencerSetRegistered)
	if len(log.Data) > 0 {
		if err := sequencerSet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sequencerSet.abi.Events[event].Inputs {
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

// SequencerSetSlashed represents a Slashed event raised by the SequencerSet contract.
type SequencerSetSlashed struct {
	Sequencer     common.Address
	Prover        common.Address
	FaultContract common.Address
	Amount        *big.Int
	Reward        *big.Int
	Burned        *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const SequencerSetSlashedEventName = "Slashed"

// ContractEventName returns the user-defined event name.
func (SequencerSetSlashed) ContractEventName() string {
	return SequencerSetSlashedEventName
}

// UnpackSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Slashed(address indexed sequencer, address indexed prover, address indexed faultContract, uint256 amount, uint256 reward, uint256 burned)
func (sequencerSet *SequencerSet) UnpackSlashedEvent(log *types.Log) (*SequencerSetSlashed, error) {
	event := "Slashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sequencerSet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SequencerSetSlashed)
	if len(log.Data) > 0 {
		if err := sequencerSet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sequencerSet.abi.Events[event].Inputs {
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

// SequencerSetStruck represents a Struck event raised by the SequencerSet contract.
type SequencerSetStruck struct {
	Sequencer common.Address
	Slot      uint64
	Strikes   uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const SequencerSetStruckEventName = "Struck"

// ContractEventName returns the user-defined event name.
func (SequencerSetStruck) ContractEventName() string {
	return SequencerSetStruckEventName
}

// UnpackStruckEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Struck(address indexed sequencer, uint64 indexed slot, uint8 strikes)
func (sequencerSet *SequencerSet) UnpackStruckEvent(log *types.Log) (*SequencerSetStruck, error) {
	event := "Struck"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sequencerSet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SequencerSetStruck)
	if len(log.Data) > 0 {
		if err := sequencerSet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sequencerSet.abi.Events[event].Inputs {
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

// SequencerSetUnjailed represents a Unjailed event raised by the SequencerSet contract.
type SequencerSetUnjailed struct {
	Sequencer common.Address
	FromEpoch uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const SequencerSetUnjailedEventName = "Unjailed"

// ContractEventName returns the user-defined event name.
func (SequencerSetUnjailed) ContractEventName() string {
	return SequencerSetUnjailedEventName
}

// UnpackUnjailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unjailed(address indexed sequencer, uint64 fromEpoch)
func (sequencerSet *SequencerSet) UnpackUnjailedEvent(log *types.Log) (*SequencerSetUnjailed, error) {
	event := "Unjailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sequencerSet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SequencerSetUnjailed)
	if len(log.Data) > 0 {
		if err := sequencerSet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sequencerSet.abi.Events[event].Inputs {
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

// SequencerSetWithdrawn represents a Withdrawn event raised by the SequencerSet contract.
type SequencerSetWithdrawn struct {
	Sequencer common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const SequencerSetWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (SequencerSetWithdrawn) ContractEventName() string {
	return SequencerSetWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed sequencer, uint256 amount)
func (sequencerSet *SequencerSet) UnpackWithdrawnEvent(log *types.Log) (*SequencerSetWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sequencerSet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SequencerSetWithdrawn)
	if len(log.Data) > 0 {
		if err := sequencerSet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sequencerSet.abi.Events[event].Inputs {
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
func (sequencerSet *SequencerSet) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["AlreadyInitialized"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackAlreadyInitializedError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["BondTooLow"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackBondTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["ConsensusKeyTaken"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackConsensusKeyTakenError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["ConsensusKeyTooLong"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackConsensusKeyTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["EmptyConsensusKey"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackEmptyConsensusKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["EndpointTooLong"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackEndpointTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["LeaderWindowTooLong"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackLeaderWindowTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["MembersNotSorted"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackMembersNotSortedError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["NoCredit"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackNoCreditError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["NotActive"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["NotDeployer"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackNotDeployerError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["NotExiting"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackNotExitingError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["NotFaultContract"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackNotFaultContractError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["NotInitialized"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackNotInitializedError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["NotJailed"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackNotJailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["RewardPercentTooHigh"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackRewardPercentTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["SetFull"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackSetFullError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["StillJailed"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackStillJailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["StillUnbonding"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackStillUnbondingError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["UnbondingTooShort"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackUnbondingTooShortError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["ZeroEpochLength"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackZeroEpochLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["ZeroMinBond"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackZeroMinBondError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["ZeroSlotDuration"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackZeroSlotDurationError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["ZeroUnbondingPeriod"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackZeroUnbondingPeriodError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["ZeroValue"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackZeroValueError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SequencerSetAlreadyInitialized represents a AlreadyInitialized error raised by the SequencerSet contract.
type SequencerSetAlreadyInitialized struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyInitialized()
func SequencerSetAlreadyInitializedErrorID() common.Hash {
	return common.HexToHash("0x0dc149f07762891dbcea3fe72770f3d63a1863fc54b2f084e8c59ec476996927")
}

// UnpackAlreadyInitializedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyInitialized()
func (sequencerSet *SequencerSet) UnpackAlreadyInitializedError(raw []byte) (*SequencerSetAlreadyInitialized, error) {
	out := new(SequencerSetAlreadyInitialized)
	if err := sequencerSet.abi.UnpackIntoInterface(out, "AlreadyInitialized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerSetAlreadyRegistered represents a AlreadyRegistered error raised by the SequencerSet contract.
type SequencerSetAlreadyRegistered struct {
	Sequencer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered(address sequencer)
func SequencerSetAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x45ed80e9399c87887ea54f615514a1e3dde31e9b6c027ddceb4ffd503b70e428")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered(address sequencer)
func (sequencerSet *SequencerSet) UnpackAlreadyRegisteredError(raw []byte) (*SequencerSetAlreadyRegistered, error) {
	out := new(SequencerSetAlreadyRegistered)
	if err := sequencerSet.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerSetBondTooLow represents a BondTooLow error raised by the SequencerSet contract.
type SequencerSetBondTooLow struct {
	Value   *big.Int
	MinBond *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BondTooLow(uint256 value, uint256 minBond)
func SequencerSetBondTooLowErrorID() common.Hash {
	return common.HexToHash("0x000155b5ebd7e31e61b2db21f595e5ecb1232ce27e1acf6160bc8d8a6f74ef24")
}

// UnpackBondTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BondTooLow(uint256 value, uint256 minBond)
func (sequencerSet *SequencerSet) UnpackBondTooLowError(raw []byte) (*SequencerSetBondTooLow, error) {
	out := new(SequencerSetBondTooLow)
	if err := sequencerSet.abi.UnpackIntoInterface(out, "BondTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerSetConsensusKeyTaken represents a ConsensusKeyTaken error raised by the SequencerSet contract.
type SequencerSetConsensusKeyTaken struct {
	Holder common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ConsensusKeyTaken(address holder)
func SequencerSetConsensusKeyTakenErrorID() common.Hash {
	return common.HexToHash("0x3acdc8b708be09e70e9a3412d74863d1382396ae85bea15b16d6d417619f0a2d")
}

// UnpackConsensusKeyTakenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ConsensusKeyTaken(address holder)
func (sequencerSet *SequencerSet) UnpackConsensusKeyTakenError(raw []byte) (*SequencerSetConsensusKeyTaken, error) {
	out := new(SequencerSetConsensusKeyTaken)
	if err := sequencerSet.abi.UnpackIntoInterface(out, "ConsensusKeyTaken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerSetConsensusKeyTooLong represents a ConsensusKeyTooLong error raised by the SequencerSet contract.
type SequencerSetConsensusKeyTooLong struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ConsensusKeyTooLong(uint256 length, uint256 max)
func SequencerSetConsensusKeyTooLongErrorID() common.Hash {
	return common.HexToHash("0x2c132936f4552548b1d03e4d00893867dbd672dbd1793de74375f6063bcd4231")
}

// UnpackConsensusKeyTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ConsensusKeyTooLong(uint256 length, uint256 max)
func (sequencerSet *SequencerSet) UnpackConsensusKeyTooLongError(raw []byte) (*SequencerSetConsensusKeyTooLong, error) {
	out := new(SequencerSetConsensusKeyTooLong)
	if err := sequencerSet.abi.UnpackIntoInterface(out, "ConsensusKeyTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerSetEmptyConsensusKey represents a EmptyConsensusKey error raised by the SequencerSet contract.
type SequencerSetEmptyConsensusKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyConsensusKey()
func SequencerSetEmptyConsensusKeyErrorID() common.Hash {
	return common.HexToHash("0xac2784236d1312e83732dcf2050748a668b3623edfdceebe4ab497b8343a85ad")
}

// UnpackEmptyConsensusKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyConsensusKey()
func (sequencerSet *SequencerSet) UnpackEmptyConsensusKeyError(raw []byte) (*SequencerSetEmptyConsensusKey, error) {
	out := new(SequencerSetEmptyConsensusKey)
	if err := sequencerSet.abi.UnpackIntoInterface(out, "EmptyConsensusKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerSetEndpointTooLong represents a EndpointTooLong error raised by the SequencerSet contract.
type SequencerSetEndpointTooLong struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EndpointTooLong(uint256 length, uint256 max)
func SequencerSetEndpointTooLongErrorID() common.Hash {
	return common.HexToHash("0x859641b17750b75a6dc82e2ca2a056c168945d6c155683de9020f42273710fb9")
}

// UnpackEndpointTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EndpointTooLong(uint256 length, uint256 max)
func (sequencerSet *SequencerSet) UnpackEndpointTooLongError(raw []byte) (*SequencerSetEndpointTooLong, error) {
	out := new(SequencerSetEndpointTooLong)
	if err := sequencerSet.abi.UnpackIntoInterface(out, "EndpointTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerSetLeaderWindowTooLong represents a LeaderWindowTooLong error raised by the SequencerSet contract.
type SequencerSetLeaderWindowTooLong struct {
	LeaderWindow uint64
	SlotDuration uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeaderWindowTooLong(uint64 leaderWindow, uint64 slotDuration)
func SequencerSetLeaderWindowTooLongErrorID() common.Hash {
	return common.HexToHash("0x4ba0a374693666a5a77a7fa180885a10e250968fc1832be5199386980c305d3c")
}

// UnpackLeaderWindowTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeaderWindowTooLong(uint64 leaderWindow, uint64 slotDuration)
func (sequencerSet *SequencerSet) UnpackLeaderWindowTooLongError(raw []byte) (*SequencerSetLeaderWindowTooLong, error) {
	out := new(SequencerSetLeaderWindowTooLong)
	if err := sequencerSet.abi.UnpackIntoInterface(out, "LeaderWindowTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerSetLengthMismatch represents a LengthMismatch error raised by the SequencerSet contract.
type SequencerSetLengthMismatch struct {
	Addresses *big.Int
	Weights   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 addresses, uint256 weights)
func SequencerSetLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 addresses, uint256 weights)
func (sequencerSet *SequencerSet) UnpackLengthMismatchError(raw []byte) (*SequencerSetLengthMismatch, error) {
	out := new(SequencerSetLengthMismatch)
	if err := sequencerSet.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerSetMembersNotSorted represents a MembersNotSorted error raised by the SequencerSet contract.
type SequencerSetMembersNotSorted struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MembersNotSorted(uint256 index)
func SequencerSetMembersNotSortedErrorID() common.Hash {
	return common.HexToHash("0x0bc457de406cf802f17bffd3e00f68de60feaf8db66274313222a51a01144fec")
}

// UnpackMembersNotSortedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MembersNotSorted(uint256 index)
func (sequencerSet *SequencerSet) UnpackMembersNotSortedError(raw []byte) (*SequencerSetMembersNotSorted, error) {
	out := new(SequencerSetMembersNotSorted)
	if err := sequencerSet.abi.UnpackIntoInterface(out, "MembersNotSorted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerSetNoCredit represents a NoCredit error raised by the SequencerSet contract.
type SequencerSetNoCredit struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCredit(address account)
func SequencerSetNoCreditErrorID() common.Hash {
	return common.HexToHash("0x6385746fcefe8edde7204ab2688cf3a9703f55184b5a77e217814dada566d089")
}

// UnpackNoCreditError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCredit(address account)
func (sequencerSet *SequencerSet) UnpackNoCreditError(raw []byte) (*SequencerSetNoCredit, error) {
	out := new(SequencerSetNoCredit)
	if err := sequencerSet.abi.UnpackIntoInterface(out, "NoCredit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerSetNotActive represents a NotActive error raised by the SequencerSet contract.
type SequencerSetNotActive struct {
	Sequencer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotActive(address sequencer)
func SequencerSetNotActiveErrorID() common.Hash {
	return common.HexToHash("0x4022bc554c72cf2c9ccd5d09c2ade2b82a349ca5f4d7a60324bb8fda79446fb3")
}

// UnpackNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotActive(address sequencer)
func (sequencerSet *SequencerSet) UnpackNotActiveError(raw []byte) (*SequencerSetNotActive, error) {
	out := new(SequencerSetNotActive)
	if err := sequencerSet.abi.UnpackIntoInterface(out, "NotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerSetNotDeployer represents a NotDeployer error raised by the SequencerSet contract.
type SequencerSetNotDeployer struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDeployer(address caller)
func SequencerSetNotDeployerErrorID() common.Hash {
	return common.HexToHash("0x0c8cc036c9c98ca91a606f42bb4fd73acf8431b681f0e19ddaaaf88693e5c4a5")
}

// UnpackNotDeployerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDeployer(address caller)
func (sequencerSet *SequencerSet) UnpackNotDeployerError(raw []byte) (*SequencerSetNotDeployer, error) {
	out := new(SequencerSetNotDeployer)
	if err := sequencerSet.abi.UnpackIntoInterface(out, "NotDeployer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerSetNotExiting represents a NotExiting error raised by the SequencerSet contract.
type SequencerSetNotExiting struct {
	Member common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotExiting(address member)
func SequencerSetNotExitingErrorID() common.Hash {
	return common.HexToHash("0xb4ddacd3a1ff8a1b7cf9994a91a19c9945d01f85d4d6d4842a57fe79655d05ac")
}

// UnpackNotExitingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotExiting(address member)
func (sequencerSet *SequencerSet) UnpackNotExitingError(raw []byte) (*SequencerSetNotExiting, error) {
	out := new(SequencerSetNotExiting)
	if err := sequencerSet.abi.UnpackIntoInterface(out, "NotExiting", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerSetNotFaultContract represents a NotFaultContract error raised by the SequencerSet contract.
type SequencerSetNotFaultContract struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFaultContract(address caller)
func SequencerSetNotFaultContractErrorID() common.Hash {
	return common.HexToHash("0x96ef1446cf5748cb7abbb7efd3c8b86b7ef688344a234dc89e5374b8f5a002e2")
}

// UnpackNotFaultContractError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFaultContract(address caller)
func (sequencerSet *SequencerSet) UnpackNotFaultContractError(raw []byte) (*SequencerSetNotFaultContract, error) {
	out := new(SequencerSetNotFaultContract)
	if err := sequencerSet.abi.UnpackIntoInterface(out, "NotFaultContract", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerSetNotInitialized represents a NotInitialized error raised by the SequencerSet contract.
type SequencerSetNotInitialized struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitialized()
func SequencerSetNotInitializedErrorID() common.Hash {
	return common.HexToHash("0x87138d5c8c2e77cb9f25c07b03277aad63d22f6a05255580ec55d2c21666e734")
}

// UnpackNotInitializedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitialized()
func (sequencerSet *SequencerSet) UnpackNotInitializedError(raw []byte) (*SequencerSetNotInitialized, error) {
	out := new(SequencerSetNotInitialized)
	if err := sequencerSet.abi.UnpackIntoInterface(out, "NotInitialized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerSetNotJailed represents a NotJailed error raised by the SequencerSet contract.
type SequencerSetNotJailed struct {
	Sequencer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotJailed(address sequencer)
func SequencerSetNotJailedErrorID() common.Hash {
	return common.HexToHash("0x9281fbd2def40e450699dea64ff5a9fb116d1dc0cfff935103b5bad4bf43bcbb")
}

// UnpackNotJailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotJailed(address sequencer)
func (sequencerSet *SequencerSet) UnpackNotJailedError(raw []byte) (*SequencerSetNotJailed, error) {
	out := new(SequencerSetNotJailed)
	if err := sequencerSet.abi.UnpackIntoInterface(out, "NotJailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerSetRewardPercentTooHigh represents a RewardPercentTooHigh error raised by the SequencerSet contract.
type SequencerSetRewardPercentTooHigh struct {
	Percent *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RewardPercentTooHigh(uint256 percent)
func SequencerSetRewardPercentTooHighErrorID() common.Hash {
	return common.HexToHash("0x15c22fe8f7b3fc81588c9eb6dee1156090a30de59e5218ab8ddf69b4e4df6415")
}

// UnpackRewardPercentTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RewardPercentTooHigh(uint256 percent)
func (sequencerSet *SequencerSet) UnpackRewardPercentTooHighError(raw []byte) (*SequencerSetRewardPercentTooHigh, error) {
	out := new(SequencerSetRewardPercentTooHigh)
	if err := sequencerSet.abi.UnpackIntoInterface(out, "RewardPercentTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerSetSetFull represents a SetFull error raised by the SequencerSet contract.
type SequencerSetSetFull struct {
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SetFull(uint256 max)
func SequencerSetSetFullErrorID() common.Hash {
	return common.HexToHash("0xa9f40c34bb363e41e96c68ffc554fdfeb3b2540ccc317a46b3f7a9051ddd3261")
}

// UnpackSetFullError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SetFull(uint256 max)
func (sequencerSet *SequencerSet) UnpackSetFullError(raw []byte) (*SequencerSetSetFull, error) {
	out := new(SequencerSetSetFull)
	if err := sequencerSet.abi.UnpackIntoInterface(out, "SetFull", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerSetStillJailed represents a StillJailed error raised by the SequencerSet contract.
type SequencerSetStillJailed struct {
	UnjailFromEpoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StillJailed(uint64 unjailFromEpoch)
func SequencerSetStillJailedErrorID() common.Hash {
	return common.HexToHash("0x9c52043f5b8725f2fecb218692dbf091bd628ed53322503de86af708d5a6a262")
}

// UnpackStillJailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StillJailed(uint64 unjailFromEpoch)
func (sequencerSet *SequencerSet) UnpackStillJailedError(raw []byte) (*SequencerSetStillJailed, error) {
	out := new(SequencerSetStillJailed)
	if err := sequencerSet.abi.UnpackIntoInterface(out, "StillJailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerSetStillUnbonding represents a StillUnbonding error raised by the SequencerSet contract.
type SequencerSetStillUnbonding struct {
	WithdrawableAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StillUnbonding(uint64 withdrawableAt)
func SequencerSetStillUnbondingErrorID() common.Hash {
	return common.HexToHash("0xbe8a527b36e3a85424bdbcbe45bc0c9bc214cdd0608b4b49f3c6d9c19da3611c")
}

// UnpackStillUnbondingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StillUnbonding(uint64 withdrawableAt)
func (sequencerSet *SequencerSet) UnpackStillUnbondingError(raw []byte) (*SequencerSetStillUnbonding, error) {
	out := new(SequencerSetStillUnbonding)
	if err := sequencerSet.abi.UnpackIntoInterface(out, "StillUnbonding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerSetTransferFailed represents a TransferFailed error raised by the SequencerSet contract.
type SequencerSetTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func SequencerSetTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (sequencerSet *SequencerSet) UnpackTransferFailedError(raw []byte) (*SequencerSetTransferFailed, error) {
	out := new(SequencerSetTransferFailed)
	if err := sequencerSet.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerSetUnbondingTooShort represents a UnbondingTooShort error raised by the SequencerSet contract.
type SequencerSetUnbondingTooShort struct {
	UnbondingPeriod uint64
	EpochSeconds    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnbondingTooShort(uint64 unbondingPeriod, uint256 epochSeconds)
func SequencerSetUnbondingTooShortErrorID() common.Hash {
	return common.HexToHash("0x8451bca0246d34aab6656460e497b7e830dac41eb6a1ab9488cf9c943b50a358")
}

// UnpackUnbondingTooShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnbondingTooShort(uint64 unbondingPeriod, uint256 epochSeconds)
func (sequencerSet *SequencerSet) UnpackUnbondingTooShortError(raw []byte) (*SequencerSetUnbondingTooShort, error) {
	out := new(SequencerSetUnbondingTooShort)
	if err := sequencerSet.abi.UnpackIntoInterface(out, "UnbondingTooShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerSetZeroAddress represents a ZeroAddress error raised by the SequencerSet contract.
type SequencerSetZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func SequencerSetZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (sequencerSet *SequencerSet) UnpackZeroAddressError(raw []byte) (*SequencerSetZeroAddress, error) {
	out := new(SequencerSetZeroAddress)
	if err := sequencerSet.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerSetZeroEpochLength represents a ZeroEpochLength error raised by the SequencerSet contract.
type SequencerSetZeroEpochLength struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroEpochLength()
func SequencerSetZeroEpochLengthErrorID() common.Hash {
	return common.HexToHash("0xeea565f40276b630c6bfbe9c72bf6040d2224de1e61db98ce2309e2b2c86bf3e")
}

// UnpackZeroEpochLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroEpochLength()
func (sequencerSet *SequencerSet) UnpackZeroEpochLengthError(raw []byte) (*SequencerSetZeroEpochLength, error) {
	out := new(SequencerSetZeroEpochLength)
	if err := sequencerSet.abi.UnpackIntoInterface(out, "ZeroEpochLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerSetZeroMinBond represents a ZeroMinBond error raised by the SequencerSet contract.
type SequencerSetZeroMinBond struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroMinBond()
func SequencerSetZeroMinBondErrorID() common.Hash {
	return common.HexToHash("0x70dee23f075b9be4c8fed601180bca2768d2220d14b771c4d660366bd9bbd3f2")
}

// UnpackZeroMinBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroMinBond()
func (sequencerSet *SequencerSet) UnpackZeroMinBondError(raw []byte) (*SequencerSetZeroMinBond, error) {
	out := new(SequencerSetZeroMinBond)
	if err := sequencerSet.abi.UnpackIntoInterface(out, "ZeroMinBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerSetZeroSlotDuration represents a ZeroSlotDuration error raised by the SequencerSet contract.
type SequencerSetZeroSlotDuration struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroSlotDuration()
func SequencerSetZeroSlotDurationErrorID() common.Hash {
	return common.HexToHash("0x65babed0aee3dc02e20c8f35e624e9f9d95a5daddbc8b8f0ea43bd5b14d4a1c3")
}

// UnpackZeroSlotDurationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroSlotDuration()
func (sequencerSet *SequencerSet) UnpackZeroSlotDurationError(raw []byte) (*SequencerSetZeroSlotDuration, error) {
	out := new(SequencerSetZeroSlotDuration)
	if err := sequencerSet.abi.UnpackIntoInterface(out, "ZeroSlotDuration", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerSetZeroUnbondingPeriod represents a ZeroUnbondingPeriod error raised by the SequencerSet contract.
type SequencerSetZeroUnbondingPeriod struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroUnbondingPeriod()
func SequencerSetZeroUnbondingPeriodErrorID() common.Hash {
	return common.HexToHash("0x68961577cde24ade0cef471eeb9860a72cb5a2f477b2941d6517e1eceac596ea")
}

// UnpackZeroUnbondingPeriodError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroUnbondingPeriod()
func (sequencerSet *SequencerSet) UnpackZeroUnbondingPeriodError(raw []byte) (*SequencerSetZeroUnbondingPeriod, error) {
	out := new(SequencerSetZeroUnbondingPeriod)
	if err := sequencerSet.abi.UnpackIntoInterface(out, "ZeroUnbondingPeriod", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SequencerSetZeroValue represents a ZeroValue error raised by the SequencerSet contract.
type SequencerSetZeroValue struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroValue()
func SequencerSetZeroValueErrorID() common.Hash {
	return common.HexToHash("0x7c946ed78134c23eac50c0c02964d68f22dd28448c070d39c9f8e8389b217469")
}

// UnpackZeroValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroValue()
func (sequencerSet *SequencerSet) UnpackZeroValueError(raw []byte) (*SequencerSetZeroValue, error) {
	out := new(SequencerSetZeroValue)
	if err := sequencerSet.abi.UnpackIntoInterface(out, "ZeroValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}
