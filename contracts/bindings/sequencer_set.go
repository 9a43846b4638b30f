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

// SequencerSetMetaData contains all meta data concerning the SequencerSet contract.
var SequencerSetMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minBond_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unbondingPeriod_\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"slashRewardPercent_\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyInitialized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minBond\",\"type\":\"uint256\"}],\"name\":\"BondTooLow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyConsensusKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NoCredit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"}],\"name\":\"NotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDeployer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"}],\"name\":\"NotExiting\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotFaultContract\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitialized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"percent\",\"type\":\"uint256\"}],\"name\":\"RewardPercentTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"withdrawableAt\",\"type\":\"uint64\"}],\"name\":\"StillUnbonding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroMinBond\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroUnbondingPeriod\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroValue\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"BondIncreased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CreditClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"withdrawableAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"ejected\",\"type\":\"bool\"}],\"name\":\"ExitStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"faultContracts\",\"type\":\"address[]\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"consensusKey\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"}],\"name\":\"Registered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"faultContract\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burned\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"activeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"activeSequencers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"}],\"name\":\"activeSequencersSince\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"out\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"seq\",\"type\":\"address\"}],\"name\":\"activeSince\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"who\",\"type\":\"address[]\"}],\"name\":\"activeStakes\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"stakes\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"}],\"name\":\"canPost\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimCredit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"faultContracts\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"increaseBond\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"faultContracts_\",\"type\":\"address[]\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"initialized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"seq\",\"type\":\"address\"}],\"name\":\"isActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isFaultContract\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"consensusKey\",\"type\":\"bytes\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"seq\",\"type\":\"address\"}],\"name\":\"sequencer\",\"outputs\":[{\"internalType\":\"enumSequencerSet.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"exitAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"consensusKey\",\"type\":\"bytes\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"seq\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"slash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashRewardPercent\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"seq\",\"type\":\"address\"}],\"name\":\"stakeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalActiveStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalBurned\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingPeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"seq\",\"type\":\"address\"}],\"name\":\"withdrawableAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "SequencerSet",
	Bin: "0x610100604052348015610010575f5ffd5b50604051611d29380380611d2983398101604081905261002f916100c7565b825f0361004f576040516370dee23f60e01b815260040160405180910390fd5b816001600160401b03165f0361007857604051636896157760e01b815260040160405180910390fd5b60648160ff1611156100a6576040516302b845fd60e31b815260ff8216600482015260240160405180910390fd5b6080929092526001600160401b031660a05260ff1660c0523360e052610118565b5f5f5f606084860312156100d9575f5ffd5b835160208501519093506001600160401b03811681146100f7575f5ffd5b604085015190925060ff8116811461010d575f5ffd5b809150509250925092565b60805160a05160c05160e051611ba66101835f395f81816104830152610e2b01525f818161041301526110be01525f818161033d0152818161079201528181610934015261155101525f818161037001528181610c4001528181610c7a01526111e60152611ba65ff3fe608060405260043610610195575f3560e01c8063831518b7116100e7578063d5f3948811610087578063e74f823911610062578063e74f8239146104e6578063e9fad8ee14610505578063f1556f6114610519578063f61540f114610547575f5ffd5b8063d5f3948814610472578063d754d28e146104bd578063d89135cd146104d1575f5ffd5b80639f8a13d7116100c25780639f8a13d7146103c4578063a224cee7146103e3578063a53b32b014610402578063d5d44d8014610447575f5ffd5b8063831518b71461035f57806388db2a041461039257806392255fbf146103b1575f5ffd5b806342623360116101525780634d6ca6701161012d5780634d6ca670146102a65780635a8c06ab146102dd5780635d0c7b2b146102fc5780636cf6d6751461032c575f5ffd5b8063426233601461023c5780634331ed1f146102735780634874246514610287575f5ffd5b80631333db2e14610199578063158ef93e146101af57806321a40002146101dc57806328f73148146101e45780633a0ba7d8146102075780633ccfd60b14610228575b5f5ffd5b3480156101a4575f5ffd5b506101ad610574565b005b3480156101ba575f5ffd5b505f546101c79060ff1681565b60405190151581526020015b60405180910390f35b6101ad610603565b3480156101ef575f5ffd5b506101f960055481565b6040519081526020016101d3565b348015610212575f5ffd5b5061021b6106e2565b6040516101d391906115df565b348015610233575f5ffd5b506101ad610742565b348015610247575f5ffd5b506101f9610256366004611645565b6001600160a01b03165f9081526003602052604090206001015490565b34801561027e575f5ffd5b506004546101f9565b348015610292575f5ffd5b506101c76102a136600461165e565b610889565b3480156102b1575f5ffd5b506102c56102c0366004611645565b61089c565b6040516001600160401b0390911681526020016101d3565b3480156102e8575f5ffd5b506102c56102f7366004611645565b6108f0565b348015610307575f5ffd5b5061031b610316366004611645565b610969565b6040516101d39594939291906116c8565b348015610337575f5ffd5b506102c57f000000000000000000000000000000000000000000000000000000000000000081565b34801561036a575f5ffd5b506101f97f000000000000000000000000000000000000000000000000000000000000000081565b34801561039d575f5ffd5b5061021b6103ac36600461172f565b610adf565b6101ad6103bf36600461178a565b610bd7565b3480156103cf575f5ffd5b506101c76103de366004611645565b610dea565b3480156103ee575f5ffd5b506101ad6103fd3660046117f4565b610e20565b34801561040d575f5ffd5b506104357f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff90911681526020016101d3565b348015610452575f5ffd5b506101f9610461366004611645565b60066020525f908152604090205481565b34801561047d575f5ffd5b506104a57f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101d3565b3480156104c8575f5ffd5b5061021b610fbe565b3480156104dc575f5ffd5b506101f960075481565b3480156104f1575f5ffd5b506101f9610500366004611863565b61101c565b348015610510575f5ffd5b506101ad611221565b348015610524575f5ffd5b506101c7610533366004611645565b60016020525f908152604090205460ff1681565b348015610552575f5ffd5b506105666105613660046117f4565b611272565b6040516101d392919061189d565b335f90815260066020526040812054908190036105ab57604051636385746f60e01b81523360048201526024015b60405180910390fd5b335f8181526006602052604080822091909155517f87e12c2565042763daa6bf5842ed2b6447f17f7e28f9a4905fe3959581396ead906105ee9084815260200190565b60405180910390a2610600338261135f565b50565b335f9081526003602052604090206001815460ff16600281111561062957610629611686565b1461064957604051634022bc5560e01b81523360048201526024016105a2565b345f0361066957604051637c946ed760e01b815260040160405180910390fd5b34816001015f82825461067c91906118fd565b925050819055503460055f82825461069491906118fd565b9091555050600181015460405133917f0755eb40fa73f421d18e7f95144942e58320aeabd2c49a9589a40eeb44ab3396916106d791348252602082015260400190565b60405180910390a250565b6060600280548060200260200160405190810160405280929190818152602001828054801561073857602002820191905f5260205f20905b81546001600160a01b0316815260019091019060200180831161071a575b5050505050905090565b335f9081526003602052604090206002815460ff16600281111561076857610768611686565b146107885760405163b4ddacd360e01b81523360048201526024016105a2565b80545f906107c7907f000000000000000000000000000000000000000000000000000000000000000090600160281b90046001600160401b0316611910565b9050806001600160401b03164210156107fe5760405163be8a527b60e01b81526001600160401b03821660048201526024016105a2565b600180830154335f90815260036020526040812080546001600160a81b03191681559283018190559091906108366002830182611595565b610843600383015f611595565b505060405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a2610884338261135f565b505050565b5f61089383610dea565b90505b92915050565b6001600160a01b0381165f9081526003602052604081206001815460ff1660028111156108cb576108cb611686565b146108d6575f6108e9565b8054600160681b90046001600160401b03165b9392505050565b6001600160a01b0381165f9081526003602052604081206002815460ff16600281111561091f5761091f611686565b1461092c57505f92915050565b80546108e9907f000000000000000000000000000000000000000000000000000000000000000090600160281b90046001600160401b0316611910565b6001600160a01b0381165f908152600360208190526040822080546001820154600283018054869586956060958695919460ff8216949293600160281b9092046001600160401b031692909186019082906109c39061192f565b80601f01602080910402602001604051908101604052809291908181526020018280546109ef9061192f565b8015610a3a5780601f10610a1157610100808354040283529160200191610a3a565b820191905f5260205f20905b815481529060010190602001808311610a1d57829003601f168201915b50505050509150808054610a4d9061192f565b80601f0160208091040260200160405190810160405280929190818152602001828054610a799061192f565b8015610ac45780601f10610a9b57610100808354040283529160200191610ac4565b820191905f5260205f20905b815481529060010190602001808311610aa757829003601f168201915b50505050509050955095509550955095505091939590929450565b600454606090806001600160401b03811115610afd57610afd611967565b604051908082528060200260200182016040528015610b26578160200160208202803683370190505b5091505f805b82811015610bce575f60048281548110610b4857610b4861197b565b5f9182526020808320909101546001600160a01b031680835260039091526040909120549091506001600160401b03600160681b909104168610610bc557808584610b928161198f565b955081518110610ba457610ba461197b565b60200260200101906001600160a01b031690816001600160a01b0316815250505b50600101610b2c565b50825250919050565b5f5460ff16610bf9576040516321c4e35760e21b815260040160405180910390fd5b335f90815260036020526040812090815460ff166002811115610c1e57610c1e611686565b14610c3e576040516345ed80e960e01b81523360048201526024016105a2565b7f0000000000000000000000000000000000000000000000000000000000000000341015610ca657604051620155b560e01b81523460048201527f000000000000000000000000000000000000000000000000000000000000000060248201526044016105a2565b5f849003610cc75760405163ac27842360e01b815260040160405180910390fd5b8054600190829060ff1916828002179055506004548154610100600160a81b03191661010063ffffffff9092169190910274ffffffffffffffffffffffffffffffff0000000000191617600160681b6001600160401b0342160217815534600182015560028101610d398587836119f2565b5060038101610d498385836119f2565b50600480546001810182555f9182527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b0180546001600160a01b0319163317905560058054349290610d9c9084906118fd565b909155505060405133907fa46a702f87e3b9235199864944d28e6646cb4e12dc1d70aab312c096e57171ff90610ddb9034908990899089908990611ad3565b60405180910390a25050505050565b5f60016001600160a01b0383165f9081526003602052604090205460ff166002811115610e1957610e19611686565b1492915050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610e6b57604051630646601b60e11b81523360048201526024016105a2565b5f5460ff1615610e8d5760405162dc149f60e41b815260040160405180910390fd5b5f5b81811015610f73575f838383818110610eaa57610eaa61197b565b9050602002016020810190610ebf9190611645565b90506001600160a01b038116610ee85760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0381165f9081526001602052604090205460ff16610f6a576001600160a01b0381165f8181526001602081905260408220805460ff1916821790556002805491820181559091527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace0180546001600160a01b03191690911790555b50600101610e8f565b505f805460ff191660011790556040517fe58d4b3592c74e580b584cc31679cad3eefea91577f47aabd1764352d4b4901b90610fb29084908490611aff565b60405180910390a15050565b6060600480548060200260200160405190810160405280929190818152602001828054801561073857602002820191905f5260205f209081546001600160a01b0316815260019091019060200180831161071a575050505050905090565b335f9081526001602052604081205460ff1661104d57604051634b778a2360e11b81523360048201526024016105a2565b6001600160a01b0383166110745760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0384165f908152600360205260409020600181015483106110a05780600101546110a2565b825b9150815f036110b4575f9150506108e9565b5f60646110e460ff7f00000000000000000000000000000000000000000000000000000000000000001685611b49565b6110ee9190611b60565b90505f6110fb8285611b7f565b905083836001015f8282546111109190611b7f565b90915550506001600160a01b0386165f908152600660205260408120805484929061113c9084906118fd565b925050819055508060075f82825461115491906118fd565b9091555050604080518581526020810184905290810182905233906001600160a01b0388811691908a16907f8b78a486452c26e5b98872542ce9f059101fdb617d61ec876699759caa84540a9060600160405180910390a46001835460ff1660028111156111c4576111c4611686565b03611217578360055f8282546111da9190611b7f565b909155505060018301547f0000000000000000000000000000000000000000000000000000000000000000111561121757611217878460016113ec565b5050509392505050565b335f9081526003602052604090206001815460ff16600281111561124757611247611686565b1461126757604051634022bc5560e01b81523360048201526024016105a2565b61060033825f6113ec565b60605f826001600160401b0381111561128d5761128d611967565b6040519080825280602002602001820160405280156112b6578160200160208202803683370190505b5091505f5b83811015611352575f60035f8787858181106112d9576112d961197b565b90506020020160208101906112ee9190611645565b6001600160a01b0316815260208101919091526040015f2090506001815460ff16600281111561132057611320611686565b0361134957806001015484838151811061133c5761133c61197b565b6020026020010181815250505b506001016112bb565b5060055490509250929050565b805f0361136a575050565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f81146113b3576040519150601f19603f3d011682016040523d82523d5f602084013e6113b8565b606091505b505090508061088457604051630e21dcbb60e11b81526001600160a01b0384166004820152602481018390526044016105a2565b815460045461010090910463ffffffff16905f9061140c90600190611b7f565b90508082146114a6575f600482815481106114295761142961197b565b5f91825260209091200154600480546001600160a01b0390921692508291859081106114575761145761197b565b5f91825260208083209190910180546001600160a01b0319166001600160a01b03948516179055929091168152600390915260409020805464ffffffff00191661010063ffffffff8516021790555b60048054806114b7576114b7611b92565b600190038181905f5260205f20015f6101000a8154906001600160a01b0302191690559055836001015460055f8282546114f19190611b7f565b909155505083546002426001600160401b038116600160281b026001600160a81b0319909316929092171785556001600160a01b038616907f5e6a6f11c671ee3c84fd4efba526c9d56d685ad023cf9d0334e5406df8eb4d2190611576907f000000000000000000000000000000000000000000000000000000000000000090611910565b604080516001600160401b039092168252861515602083015201610ddb565b5080546115a19061192f565b5f825580601f106115b0575050565b601f0160209004905f5260205f209081019061060091905b808211156115db575f81556001016115c8565b5090565b602080825282518282018190525f918401906040840190835b8181101561161f5783516001600160a01b03168352602093840193909201916001016115f8565b509095945050505050565b80356001600160a01b0381168114611640575f5ffd5b919050565b5f60208284031215611655575f5ffd5b6108938261162a565b5f5f6040838503121561166f575f5ffd5b6116788361162a565b946020939093013593505050565b634e487b7160e01b5f52602160045260245ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f600387106116e557634e487b7160e01b5f52602160045260245ffd5b8682528560208301526001600160401b038516604083015260a0606083015261171160a083018561169a565b8281036080840152611723818561169a565b98975050505050505050565b5f6020828403121561173f575f5ffd5b5035919050565b5f5f83601f840112611756575f5ffd5b5081356001600160401b0381111561176c575f5ffd5b602083019150836020828501011115611783575f5ffd5b9250929050565b5f5f5f5f6040858703121561179d575f5ffd5b84356001600160401b038111156117b2575f5ffd5b6117be87828801611746565b90955093505060208501356001600160401b038111156117dc575f5ffd5b6117e887828801611746565b95989497509550505050565b5f5f60208385031215611805575f5ffd5b82356001600160401b0381111561181a575f5ffd5b8301601f8101851361182a575f5ffd5b80356001600160401b0381111561183f575f5ffd5b8560208260051b8401011115611853575f5ffd5b6020919091019590945092505050565b5f5f5f60608486031215611875575f5ffd5b61187e8461162a565b925061188c6020850161162a565b929592945050506040919091013590565b604080825283519082018190525f9060208501906060840190835b818110156118d65783518352602093840193909201916001016118b8565b5050602093909301939093525092915050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610896576108966118e9565b6001600160401b038181168382160190811115610896576108966118e9565b600181811c9082168061194357607f821691505b60208210810361196157634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f600182016119a0576119a06118e9565b5060010190565b601f82111561088457805f5260205f20601f840160051c810160208510156119cc5750805b601f840160051c820191505b818110156119eb575f81556001016119d8565b5050505050565b6001600160401b03831115611a0957611a09611967565b611a1d83611a17835461192f565b836119a7565b5f601f841160018114611a4e575f8515611a375750838201355b5f19600387901b1c1916600186901b1783556119eb565b5f83815260208120601f198716915b82811015611a7d5786850135825560209485019460019092019101611a5d565b5086821015611a99575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b858152606060208201525f611aec606083018688611aab565b8281036040840152611723818587611aab565b602080825281018290525f8360408301825b85811015611b3f576001600160a01b03611b2a8461162a565b16825260209283019290910190600101611b11565b5095945050505050565b8082028115828204841417610896576108966118e9565b5f82611b7a57634e487b7160e01b5f52601260045260245ffd5b500490565b81810381811115610896576108966118e9565b634e487b7160e01b5f52603160045260245ffd",
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
// Solidity: constructor(uint256 minBond_, uint64 unbondingPeriod_, uint8 slashRewardPercent_) returns()
func (sequencerSet *SequencerSet) PackConstructor(minBond_ *big.Int, unbondingPeriod_ uint64, slashRewardPercent_ uint8) []byte {
	enc, err := sequencerSet.abi.Pack("", minBond_, unbondingPeriod_, slashRewardPercent_)
	if err != nil {
		panic(err)
	}
	return enc
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
// Solidity: function activeSequencers() view returns(address[])
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
// Solidity: function activeSequencers() view returns(address[])
func (sequencerSet *SequencerSet) TryPackActiveSequencers() ([]byte, error) {
	return sequencerSet.abi.Pack("activeSequencers")
}

// UnpackActiveSequencers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd754d28e.
//
// Solidity: function activeSequencers() view returns(address[])
func (sequencerSet *SequencerSet) UnpackActiveSequencers(data []byte) ([]common.Address, error) {
	out, err := sequencerSet.abi.Unpack("activeSequencers", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackActiveSequencersSince is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88db2a04.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activeSequencersSince(uint256 t) view returns(address[] out)
func (sequencerSet *SequencerSet) PackActiveSequencersSince(t *big.Int) []byte {
	enc, err := sequencerSet.abi.Pack("activeSequencersSince", t)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActiveSequencersSince is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88db2a04.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activeSequencersSince(uint256 t) view returns(address[] out)
func (sequencerSet *SequencerSet) TryPackActiveSequencersSince(t *big.Int) ([]byte, error) {
	return sequencerSet.abi.Pack("activeSequencersSince", t)
}

// UnpackActiveSequencersSince is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x88db2a04.
//
// Solidity: function activeSequencersSince(uint256 t) view returns(address[] out)
func (sequencerSet *SequencerSet) UnpackActiveSequencersSince(data []byte) ([]common.Address, error) {
	out, err := sequencerSet.abi.Unpack("activeSequencersSince", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackActiveSince is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d6ca670.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activeSince(address seq) view returns(uint64)
func (sequencerSet *SequencerSet) PackActiveSince(seq common.Address) []byte {
	enc, err := sequencerSet.abi.Pack("activeSince", seq)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActiveSince is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d6ca670.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activeSince(address seq) view returns(uint64)
func (sequencerSet *SequencerSet) TryPackActiveSince(seq common.Address) ([]byte, error) {
	return sequencerSet.abi.Pack("activeSince", seq)
}

// UnpackActiveSince is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d6ca670.
//
// Solidity: function activeSince(address seq) view returns(uint64)
func (sequencerSet *SequencerSet) UnpackActiveSince(data []byte) (uint64, error) {
	out, err := sequencerSet.abi.Unpack("activeSince", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
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

// PackTotalActiveStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28f73148.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalActiveStake() view returns(uint256)
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
// Solidity: function totalActiveStake() view returns(uint256)
func (sequencerSet *SequencerSet) TryPackTotalActiveStake() ([]byte, error) {
	return sequencerSet.abi.Pack("totalActiveStake")
}

// UnpackTotalActiveStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x28f73148.
//
// Solidity: function totalActiveStake() view returns(uint256)
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

// SequencerSetRegistered represents a Registered event raised by the SequencerSet contract.
type SequencerSetRegistered struct {
	Sequencer    common.Address
	Stake        *big.Int
	ConsensusKey []byte
	Endpoint     string
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
// Solidity: event Registered(address indexed sequencer, uint256 stake, bytes consensusKey, string endpoint)
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
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["EmptyConsensusKey"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackEmptyConsensusKeyError(raw[4:])
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
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["RewardPercentTooHigh"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackRewardPercentTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["StillUnbonding"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackStillUnbondingError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], sequencerSet.abi.Errors["ZeroMinBond"].ID.Bytes()[:4]) {
		return sequencerSet.UnpackZeroMinBondError(raw[4:])
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
	Sequencer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotExiting(address sequencer)
func SequencerSetNotExitingErrorID() common.Hash {
	return common.HexToHash("0xb4ddacd3a1ff8a1b7cf9994a91a19c9945d01f85d4d6d4842a57fe79655d05ac")
}

// UnpackNotExitingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotExiting(address sequencer)
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
