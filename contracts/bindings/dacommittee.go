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

// DACommitteeMetaData contains all meta data concerning the DACommittee contract.
var DACommitteeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"n_\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"k_\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"threshold_\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"memberBond_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unbondingPeriod_\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"slashRewardPercent_\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"liabilityWindow_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyInitialized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"AttestationExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"AttestationHighS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"AttestationsNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"member\",\"type\":\"uint32\"}],\"name\":\"BadAttestation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"BondTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"CertificateMalformed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CommitteeFull\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyEndpoint\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidParameters\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NoCredit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"NotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDeployer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"NotExiting\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotFaultContract\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitialized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"withdrawableAt\",\"type\":\"uint64\"}],\"name\":\"StillUnbonding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"TooFewAttestations\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"member\",\"type\":\"uint32\"}],\"name\":\"UnknownMember\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CreditClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"faultContracts\",\"type\":\"address[]\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"withdrawableAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"slashed\",\"type\":\"bool\"}],\"name\":\"MemberExited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"}],\"name\":\"MemberRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"faultContract\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"MemberSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"MemberWithdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ATTESTATION_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ATTESTATION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"activeCount\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"dataLength\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"attestationDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimCredit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"endpoints\",\"outputs\":[{\"internalType\":\"string[]\",\"name\":\"out\",\"type\":\"string[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"faultContracts\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"}],\"name\":\"indexOf\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"faultContracts_\",\"type\":\"address[]\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"initialized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isFaultContract\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"}],\"name\":\"isMember\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"k\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"liabilityWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"memberAt\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"memberBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"}],\"name\":\"memberInfo\",\"outputs\":[{\"internalType\":\"enumDACommittee.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"exitAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"membersByIndex\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"n\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"slash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashRewardPercent\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"}],\"name\":\"stakeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"threshold\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalBurned\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingPeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"dataLength\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"cert\",\"type\":\"bytes\"}],\"name\":\"verifyCertificate\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"words\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "DACommittee",
	Bin: "0x6101c0604052348015610010575f5ffd5b506040516127b73803806127b783398101604081905261002f91610308565b6001600160401b03831660805260ff821660a0523360c05263ffffffff8716158061006157506101008763ffffffff16115b80610070575063ffffffff8616155b8061008657508663ffffffff168663ffffffff16115b8061009c57508563ffffffff168563ffffffff16105b806100b257508663ffffffff168563ffffffff16115b806100bb575083155b806100cd57506001600160401b038316155b806100db575060648260ff16115b806100ed57506001600160401b038116155b8061010a5750806001600160401b0316836001600160401b031611155b1561012857604051630e52390960e41b815260040160405180910390fd5b63ffffffff80881660e081905287821661010052908616610120526101408590526001600160401b038083166101605281111561016757610167610389565b604051908082528060200260200182016040528015610190578160200160208202803683370190505b5080516101a591600691602090910190610263565b504661018052610252604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fef695bcf8984d8bfcc4817301abf4ec97c669aad652efa6e465fefea0f0caec4918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b6101a0525061039d95505050505050565b828054828255905f5260205f209081019282156102b6579160200282015b828111156102b657825182546001600160a01b0319166001600160a01b03909116178255602090920191600190910190610281565b506102c29291506102c6565b5090565b5b808211156102c2575f81556001016102c7565b805163ffffffff811681146102ed575f5ffd5b919050565b80516001600160401b03811681146102ed575f5ffd5b5f5f5f5f5f5f5f60e0888a03121561031e575f5ffd5b610327886102da565b9650610335602089016102da565b9550610343604089016102da565b945060608801519350610358608089016102f2565b925060a088015160ff8116811461036d575f5ffd5b915061037b60c089016102f2565b905092959891949750929550565b634e487b7160e01b5f52604160045260245ffd5b60805160a05160c05160e05161010051610120516101405161016051610180516101a05161236c61044b5f395f61153e01525f61146a01525f81816101fb015261103001525f818161039b0152818161125c015261129601525f818161040501528181610fae0152610ff501525f61057801525f6102fd01525f81816106390152610c6c01525f8181610533015261171501525f8181610454015281816116ae015261188e015261236c5ff3fe6080604052600436106101e6575f3560e01c8063a224cee711610108578063d5f394881161009d578063f2c298be1161006d578063f2c298be146106b2578063f698da25146106c5578063fd23048c146106d9578063fd33d916146106ed578063fd6aad2514610701575f5ffd5b8063d5f3948814610628578063d89135cd1461065b578063e9fad8ee14610670578063f1556f6114610684575f5ffd5b8063b4f40c61116100d8578063b4f40c6114610567578063bea6f1d31461059a578063bf8d7be0146105d1578063d5d44d80146105fd575f5ffd5b8063a224cee7146104b4578063a230c524146104d3578063a313c371146104f2578063a53b32b014610522575f5ffd5b80633e94325d1161017e5780634331ed1f1161014e5780634331ed1f146104275780636cf6d675146104435780637aeccce9146104765780639f9fc11314610495575f5ffd5b80633e94325d14610369578063409a379f1461038a57806342623360146103bd57806342cde4e8146103f4575f5ffd5b806320606b70116101b957806320606b70146102b95780632e52d606146102ec5780633a0ba7d8146103345780633ccfd60b14610355575f5ffd5b80630266ed2f146101ea57806307090c1f1461023a5780631333db2e1461027b578063158ef93e14610291575b5f5ffd5b3480156101f5575f5ffd5b5061021d7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b0390911681526020015b60405180910390f35b348015610245575f5ffd5b5061026d7fbdfaf86be8025a1cad122fefc28e3d309fe3cf5a4900facde6f3fe0d3d23f1a081565b604051908152602001610231565b348015610286575f5ffd5b5061028f610720565b005b34801561029c575f5ffd5b505f546102a99060ff1681565b6040519015158152602001610231565b3480156102c4575f5ffd5b5061026d7f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f81565b3480156102f7575f5ffd5b5061031f7f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff9091168152602001610231565b34801561033f575f5ffd5b506103486107af565b6040516102319190611c11565b348015610360575f5ffd5b5061028f61080f565b348015610374575f5ffd5b5061037d6108f5565b6040516102319190611c8a565b348015610395575f5ffd5b5061026d7f000000000000000000000000000000000000000000000000000000000000000081565b3480156103c8575f5ffd5b5061026d6103d7366004611d08565b6001600160a01b03165f9081526005602052604090206001015490565b3480156103ff575f5ffd5b5061031f7f000000000000000000000000000000000000000000000000000000000000000081565b348015610432575f5ffd5b5060075461031f9063ffffffff1681565b34801561044e575f5ffd5b5061021d7f000000000000000000000000000000000000000000000000000000000000000081565b348015610481575f5ffd5b5061026d610490366004611d28565b610a77565b3480156104a0575f5ffd5b5061026d6104af366004611d6c565b610ba4565b3480156104bf575f5ffd5b5061028f6104ce366004611dbc565b610c61565b3480156104de575f5ffd5b506102a96104ed366004611d08565b610dff565b3480156104fd575f5ffd5b5061051161050c366004611d08565b610e35565b604051610231959493929190611e3f565b34801561052d575f5ffd5b506105557f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff9091168152602001610231565b348015610572575f5ffd5b5061031f7f000000000000000000000000000000000000000000000000000000000000000081565b3480156105a5575f5ffd5b506105b96105b4366004611e9f565b610f26565b6040516001600160a01b039091168152602001610231565b3480156105dc575f5ffd5b506105f06105eb366004611efc565b610f70565b6040516102319190611f5e565b348015610608575f5ffd5b5061026d610617366004611d08565b60036020525f908152604090205481565b348015610633575f5ffd5b506105b97f000000000000000000000000000000000000000000000000000000000000000081565b348015610666575f5ffd5b5061026d60045481565b34801561067b575f5ffd5b5061028f6111a1565b34801561068f575f5ffd5b506102a961069e366004611d08565b60016020525f908152604090205460ff1681565b61031f6106c0366004611f95565b6111f2565b3480156106d0575f5ffd5b5061026d611467565b3480156106e4575f5ffd5b50610348611560565b3480156106f8575f5ffd5b5061026d604d81565b34801561070c575f5ffd5b5061031f61071b366004611d08565b6115be565b335f908152600360205260408120549081900361075757604051636385746f60e01b81523360048201526024015b60405180910390fd5b335f8181526003602052604080822091909155517f87e12c2565042763daa6bf5842ed2b6447f17f7e28f9a4905fe3959581396ead9061079a9084815260200190565b60405180910390a26107ac3382611616565b50565b6060600280548060200260200160405190810160405280929190818152602001828054801561080557602002820191905f5260205f20905b81546001600160a01b031681526001909101906020018083116107e7575b5050505050905090565b335f9081526005602052604090206002815460ff16600281111561083557610835611e2b565b146108555760405163b4ddacd360e01b815233600482015260240161074e565b8054610872906501000000000090046001600160401b03166116a8565b600180820154335f90815260056020526040812080546cffffffffffffffffffffffffff191681559283018190559091906108b06002830182611bcb565b505060405181815233907f9206244e7d07ef9a49c1dae86e820d494f0dd268fa04f434eb1de8475a4bb5549060200160405180910390a26108f13382611616565b5050565b6006546060906001600160401b0381111561091257610912611fd3565b60405190808252806020026020018201604052801561094557816020015b60608152602001906001900390816109305790505b5090505f5b600654811015610a73575f6001600160a01b03166006828154811061097157610971611fe7565b5f918252602090912001546001600160a01b031614610a6b5760055f600683815481106109a0576109a0611fe7565b5f9182526020808320909101546001600160a01b03168352820192909252604001902060020180546109d190611ffb565b80601f01602080910402602001604051908101604052809291908181526020018280546109fd90611ffb565b8015610a485780601f10610a1f57610100808354040283529160200191610a48565b820191905f5260205f20905b815481529060010190602001808311610a2b57829003601f168201915b5050505050828281518110610a5f57610a5f611fe7565b60200260200101819052505b60010161094a565b5090565b335f9081526001602052604081205460ff16610aa857604051634b778a2360e11b815233600482015260240161074e565b6001600160a01b038216610acf5760405163d92e233d60e01b815260040160405180910390fd5b506001600160a01b0382165f908152600560205260408120600181015491829003610afd575f915050610b9e565b5f60018201819055610b0f848461170a565b509050336001600160a01b0316846001600160a01b0316866001600160a01b03167f5e89a7234790c9bf86ceee2e4681016fd2a9a21ac6e4a6a5df7c92812187c6e78685604051610b6a929190918252602082015260400190565b60405180910390a46001825460ff166002811115610b8a57610b8a611e2b565b03610b9b57610b9b858360016117a3565b50505b92915050565b5f610c58610bb0611467565b604080517fbdfaf86be8025a1cad122fefc28e3d309fe3cf5a4900facde6f3fe0d3d23f1a06020808301919091528183018a90526060820189905263ffffffff881660808301526001600160401b03871660a0808401919091528351808403909101815260c08301845280519082012061190160f01b60e084015260e28301949094526101028083019490945282518083039094018452610122909101909152815191012090565b95945050505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610cac57604051630646601b60e11b815233600482015260240161074e565b5f5460ff1615610cce5760405162dc149f60e41b815260040160405180910390fd5b5f5b81811015610db4575f838383818110610ceb57610ceb611fe7565b9050602002016020810190610d009190611d08565b90506001600160a01b038116610d295760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0381165f9081526001602052604090205460ff16610dab576001600160a01b0381165f8181526001602081905260408220805460ff1916821790556002805491820181559091527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace0180546001600160a01b03191690911790555b50600101610cd0565b505f805460ff191660011790556040517fe58d4b3592c74e580b584cc31679cad3eefea91577f47aabd1764352d4b4901b90610df39084908490612033565b60405180910390a15050565b5f60016001600160a01b0383165f9081526005602052604090205460ff166002811115610e2e57610e2e611e2b565b1492915050565b6001600160a01b0381165f90815260056020526040812080546001820154600283018054859485948594606094929360ff831693610100840463ffffffff16936501000000000090046001600160401b031692918190610e9490611ffb565b80601f0160208091040260200160405190810160405280929190818152602001828054610ec090611ffb565b8015610f0b5780601f10610ee257610100808354040283529160200191610f0b565b820191905f5260205f20905b815481529060010190602001808311610eee57829003601f168201915b50505050509050955095509550955095505091939590929450565b6006545f9063ffffffff831610610f3d575f610b9e565b60068263ffffffff1681548110610f5657610f56611fe7565b5f918252602090912001546001600160a01b031692915050565b6060610f7d604d83612091565b15610f9e5760405163136c044960e21b81526004810183905260240161074e565b5f610faa604d846120b8565b90507f000000000000000000000000000000000000000000000000000000000000000063ffffffff16811015611022576040516367f63c0560e11b81526004810182905263ffffffff7f000000000000000000000000000000000000000000000000000000000000000016602482015260440161074e565b5f6110566001600160401b037f000000000000000000000000000000000000000000000000000000000000000016426120cb565b90505f611061611467565b604080517fbdfaf86be8025a1cad122fefc28e3d309fe3cf5a4900facde6f3fe0d3d23f1a060208201529081018b9052606081018a905263ffffffff891660808201525f60a0820181905291925060c0016040516020818303038152906040529050836001600160401b038111156110db576110db611fd3565b604051908082528060200260200182016040528015611104578160200160208202803683370190505b5094505f805b85811015611192575f61111e604d836120de565b90506111488a828b611131604d836120cb565b9261113e939291906120f5565b84868a8a8a6118da565b88838151811061115a5761115a611fe7565b60200260200101818152505060a088838151811061117a5761117a611fe7565b6020908102919091010151901c92505060010161110a565b50505050505095945050505050565b335f9081526005602052604090206001815460ff1660028111156111c7576111c7611e2b565b146111e757604051634022bc5560e01b815233600482015260240161074e565b6107ac33825f6117a3565b5f805460ff16611215576040516321c4e35760e21b815260040160405180910390fd5b335f90815260056020526040812090815460ff16600281111561123a5761123a611e2b565b1461125a576040516345ed80e960e01b815233600482015260240161074e565b7f00000000000000000000000000000000000000000000000000000000000000003410156112c257604051620155b560e01b81523460048201527f0000000000000000000000000000000000000000000000000000000000000000602482015260440161074e565b5f8390036112e35760405163221418ad60e21b815260040160405180910390fd5b6006545f5b818110801561132657505f6001600160a01b03166006828154811061130f5761130f611fe7565b5f918252602090912001546001600160a01b031614155b1561133d57806113358161211c565b9150506112e8565b81810361135d57604051635396a0e760e01b815260040160405180910390fd5b809350336006828154811061137457611374611fe7565b5f918252602082200180546001600160a01b0319166001600160a01b0393909316929092179091556007805463ffffffff16916113b083612134565b825463ffffffff91821661010093840a908102908302199091161790925585546cffffffffffffffffffffffffff1916918716026cffffffffffffffff000000000019161760019081178555349085015550600283016114118688836121a3565b508363ffffffff16336001600160a01b03167f2e0395702e419434c0d1b545c3d374e458c697c369bef0be28a3dd6d037cb2913489896040516114569392919061225c565b60405180910390a350505092915050565b5f7f0000000000000000000000000000000000000000000000000000000000000000461461153b57611536604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fef695bcf8984d8bfcc4817301abf4ec97c669aad652efa6e465fefea0f0caec4918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b905090565b507f000000000000000000000000000000000000000000000000000000000000000090565b6060600680548060200260200160405190810160405280929190818152602001828054801561080557602002820191905f5260205f209081546001600160a01b031681526001909101906020018083116107e7575050505050905090565b5f6115c882610dff565b6115f057604051634022bc5560e01b81526001600160a01b038316600482015260240161074e565b506001600160a01b03165f90815260056020526040902054610100900463ffffffff1690565b805f03611621575050565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f811461166a576040519150601f19603f3d011682016040523d82523d5f602084013e61166f565b606091505b50509050806116a357604051630e21dcbb60e11b81526001600160a01b03841660048201526024810183905260440161074e565b505050565b5f6116d37f000000000000000000000000000000000000000000000000000000000000000083612291565b9050806001600160401b03164210156108f15760405163be8a527b60e01b81526001600160401b038216600482015260240161074e565b5f80606461173b60ff7f000000000000000000000000000000000000000000000000000000000000000016856120de565b61174591906120b8565b915061175182846122b0565b6001600160a01b0385165f9081526003602052604081208054929350849290919061177d9084906120cb565b925050819055508060045f82825461179591906120cb565b925050819055509250929050565b8154600680545f92610100900463ffffffff169081106117c5576117c5611fe7565b5f918252602082200180546001600160a01b0319166001600160a01b0393909316929092179091556007805463ffffffff1691611801836122c3565b825461010092830a63ffffffff81810219909216928216029190911790925584546001600160401b034290811665010000000000026cffffffffffffffff00000000ff19909216919091176002178087559190910490911691506001600160a01b038516907f91fed4237a9adafb8bb3cd0fdf9759970689d82f4e6aa2a2c191676e5465ec48906118b3907f000000000000000000000000000000000000000000000000000000000000000090612291565b604080516001600160401b03909216825285151560208301520160405180910390a3505050565b5f806118e96004828a8c6120f5565b6118f2916122e1565b60e01c90505f8711801561190c5750858163ffffffff1611155b1561192d576040516315af87f560e21b81526004810188905260240161074e565b6006545f9063ffffffff831610611944575f611972565b60068263ffffffff168154811061195d5761195d611fe7565b5f918252602090912001546001600160a01b03165b90506001600160a01b0381166119aa57604051631d89d42760e01b81526004810189905263ffffffff8316602482015260440161074e565b5f6119b9600c60048c8e6120f5565b6119c291612319565b60c01c905086811015611a0157604051633f98f56b60e01b8152600481018a90526001600160401b03821660248201526044810188905260640161074e565b816001600160a01b0316611a218c8c611a1b8a8a87611a7d565b8d611ad3565b6001600160a01b031614611a575760405163649a624560e11b8152600481018a905263ffffffff8416602482015260440161074e565b816001600160a01b031660a08463ffffffff16901b179350505050979650505050505050565b5f8160a0840152838380519060200120604051602001611ab492919061190160f01b81526002810192909252602282015260420190565b6040516020818303038152906040528051906020012090509392505050565b5f80611ae3604c602c87896120f5565b611aec9161234f565b90507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0811115611b3257604051635a2e53c560e11b81526004810184905260240161074e565b6001848787604c818110611b4857611b48611fe7565b919091013560f81c9050611b60602c600c8a8c6120f5565b611b699161234f565b604080515f8152602081018083529490945260ff9092169183019190915260608201526080810183905260a0016020604051602081039080840390855afa158015611bb6573d5f5f3e3d5ffd5b5050604051601f190151979650505050505050565b508054611bd790611ffb565b5f825580601f10611be6575050565b601f0160209004905f5260205f20908101906107ac91905b80821115610a73575f8155600101611bfe565b602080825282518282018190525f918401906040840190835b81811015611c515783516001600160a01b0316835260209384019390920191600101611c2a565b509095945050505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015611ce157603f19878603018452611ccc858351611c5c565b94506020938401939190910190600101611cb0565b50929695505050505050565b80356001600160a01b0381168114611d03575f5ffd5b919050565b5f60208284031215611d18575f5ffd5b611d2182611ced565b9392505050565b5f5f60408385031215611d39575f5ffd5b611d4283611ced565b9150611d5060208401611ced565b90509250929050565b803563ffffffff81168114611d03575f5ffd5b5f5f5f5f60808587031215611d7f575f5ffd5b8435935060208501359250611d9660408601611d59565b915060608501356001600160401b0381168114611db1575f5ffd5b939692955090935050565b5f5f60208385031215611dcd575f5ffd5b82356001600160401b03811115611de2575f5ffd5b8301601f81018513611df2575f5ffd5b80356001600160401b03811115611e07575f5ffd5b8560208260051b8401011115611e1b575f5ffd5b6020919091019590945092505050565b634e487b7160e01b5f52602160045260245ffd5b5f60038710611e5c57634e487b7160e01b5f52602160045260245ffd5b86825263ffffffff861660208301526001600160401b038516604083015283606083015260a06080830152611e9460a0830184611c5c565b979650505050505050565b5f60208284031215611eaf575f5ffd5b611d2182611d59565b5f5f83601f840112611ec8575f5ffd5b5081356001600160401b03811115611ede575f5ffd5b602083019150836020828501011115611ef5575f5ffd5b9250929050565b5f5f5f5f5f60808688031215611f10575f5ffd5b8535945060208601359350611f2760408701611d59565b925060608601356001600160401b03811115611f41575f5ffd5b611f4d88828901611eb8565b969995985093965092949392505050565b602080825282518282018190525f918401906040840190835b81811015611c51578351835260209384019390920191600101611f77565b5f5f60208385031215611fa6575f5ffd5b82356001600160401b03811115611fbb575f5ffd5b611fc785828601611eb8565b90969095509350505050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b600181811c9082168061200f57607f821691505b60208210810361202d57634e487b7160e01b5f52602260045260245ffd5b50919050565b602080825281018290525f8360408301825b85811015612073576001600160a01b0361205e84611ced565b16825260209283019290910190600101612045565b5095945050505050565b634e487b7160e01b5f52601260045260245ffd5b5f8261209f5761209f61207d565b500690565b634e487b7160e01b5f52601160045260245ffd5b5f826120c6576120c661207d565b500490565b80820180821115610b9e57610b9e6120a4565b8082028115828204841417610b9e57610b9e6120a4565b5f5f85851115612103575f5ffd5b8386111561210f575f5ffd5b5050820193919092039150565b5f6001820161212d5761212d6120a4565b5060010190565b5f63ffffffff821663ffffffff810361214f5761214f6120a4565b60010192915050565b601f8211156116a357805f5260205f20601f840160051c8101602085101561217d5750805b601f840160051c820191505b8181101561219c575f8155600101612189565b5050505050565b6001600160401b038311156121ba576121ba611fd3565b6121ce836121c88354611ffb565b83612158565b5f601f8411600181146121ff575f85156121e85750838201355b5f19600387901b1c1916600186901b17835561219c565b5f83815260208120601f198716915b8281101561222e578685013582556020948501946001909201910161220e565b508682101561224a575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b83815260406020820152816040820152818360608301375f818301606090810191909152601f909201601f1916010192915050565b6001600160401b038181168382160190811115610b9e57610b9e6120a4565b81810381811115610b9e57610b9e6120a4565b5f63ffffffff8216806122d8576122d86120a4565b5f190192915050565b80356001600160e01b03198116906004841015612312576001600160e01b0319600485900360031b81901b82161691505b5092915050565b80356001600160c01b03198116906008841015612312576001600160c01b031960089490940360031b84901b1690921692915050565b80356020831015610b9e575f19602084900360031b1b169291505056",
}

// DACommittee is an auto generated Go binding around an Ethereum contract.
type DACommittee struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DACommittee) GetABI() abi.ABI {
	return c.abi
}

// NewDACommittee creates a new instance of DACommittee.
func NewDACommittee() *DACommittee {
	parsed, err := DACommitteeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DACommittee{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DACommittee) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint32 n_, uint32 k_, uint32 threshold_, uint256 memberBond_, uint64 unbondingPeriod_, uint8 slashRewardPercent_, uint64 liabilityWindow_) returns()
func (dACommittee *DACommittee) PackConstructor(n_ uint32, k_ uint32, threshold_ uint32, memberBond_ *big.Int, unbondingPeriod_ uint64, slashRewardPercent_ uint8, liabilityWindow_ uint64) []byte {
	enc, err := dACommittee.abi.Pack("", n_, k_, threshold_, memberBond_, unbondingPeriod_, slashRewardPercent_, liabilityWindow_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackATTESTATIONSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd33d916.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ATTESTATION_SIZE() view returns(uint256)
func (dACommittee *DACommittee) PackATTESTATIONSIZE() []byte {
	enc, err := dACommittee.abi.Pack("ATTESTATION_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackATTESTATIONSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd33d916.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ATTESTATION_SIZE() view returns(uint256)
func (dACommittee *DACommittee) TryPackATTESTATIONSIZE() ([]byte, error) {
	return dACommittee.abi.Pack("ATTESTATION_SIZE")
}

// UnpackATTESTATIONSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfd33d916.
//
// Solidity: function ATTESTATION_SIZE() view returns(uint256)
func (dACommittee *DACommittee) UnpackATTESTATIONSIZE(data []byte) (*big.Int, error) {
	out, err := dACommittee.abi.Unpack("ATTESTATION_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackATTESTATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07090c1f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (dACommittee *DACommittee) PackATTESTATIONTYPEHASH() []byte {
	enc, err := dACommittee.abi.Pack("ATTESTATION_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackATTESTATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07090c1f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (dACommittee *DACommittee) TryPackATTESTATIONTYPEHASH() ([]byte, error) {
	return dACommittee.abi.Pack("ATTESTATION_TYPEHASH")
}

// UnpackATTESTATIONTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07090c1f.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (dACommittee *DACommittee) UnpackATTESTATIONTYPEHASH(data []byte) ([32]byte, error) {
	out, err := dACommittee.abi.Unpack("ATTESTATION_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDOMAINTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20606b70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_TYPEHASH() view returns(bytes32)
func (dACommittee *DACommittee) PackDOMAINTYPEHASH() []byte {
	enc, err := dACommittee.abi.Pack("DOMAIN_TYPEHASH")
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
func (dACommittee *DACommittee) TryPackDOMAINTYPEHASH() ([]byte, error) {
	return dACommittee.abi.Pack("DOMAIN_TYPEHASH")
}

// UnpackDOMAINTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20606b70.
//
// Solidity: function DOMAIN_TYPEHASH() view returns(bytes32)
func (dACommittee *DACommittee) UnpackDOMAINTYPEHASH(data []byte) ([32]byte, error) {
	out, err := dACommittee.abi.Unpack("DOMAIN_TYPEHASH", data)
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
// Solidity: function activeCount() view returns(uint32)
func (dACommittee *DACommittee) PackActiveCount() []byte {
	enc, err := dACommittee.abi.Pack("activeCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActiveCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4331ed1f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activeCount() view returns(uint32)
func (dACommittee *DACommittee) TryPackActiveCount() ([]byte, error) {
	return dACommittee.abi.Pack("activeCount")
}

// UnpackActiveCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4331ed1f.
//
// Solidity: function activeCount() view returns(uint32)
func (dACommittee *DACommittee) UnpackActiveCount(data []byte) (uint32, error) {
	out, err := dACommittee.abi.Unpack("activeCount", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackAttestationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f9fc113.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestationDigest(bytes32 dataRoot, bytes32 dataHash, uint32 dataLength, uint64 expiry) view returns(bytes32)
func (dACommittee *DACommittee) PackAttestationDigest(dataRoot [32]byte, dataHash [32]byte, dataLength uint32, expiry uint64) []byte {
	enc, err := dACommittee.abi.Pack("attestationDigest", dataRoot, dataHash, dataLength, expiry)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f9fc113.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestationDigest(bytes32 dataRoot, bytes32 dataHash, uint32 dataLength, uint64 expiry) view returns(bytes32)
func (dACommittee *DACommittee) TryPackAttestationDigest(dataRoot [32]byte, dataHash [32]byte, dataLength uint32, expiry uint64) ([]byte, error) {
	return dACommittee.abi.Pack("attestationDigest", dataRoot, dataHash, dataLength, expiry)
}

// UnpackAttestationDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f9fc113.
//
// Solidity: function attestationDigest(bytes32 dataRoot, bytes32 dataHash, uint32 dataLength, uint64 expiry) view returns(bytes32)
func (dACommittee *DACommittee) UnpackAttestationDigest(data []byte) ([32]byte, error) {
	out, err := dACommittee.abi.Unpack("attestationDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackClaimCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1333db2e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimCredit() returns()
func (dACommittee *DACommittee) PackClaimCredit() []byte {
	enc, err := dACommittee.abi.Pack("claimCredit")
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
func (dACommittee *DACommittee) TryPackClaimCredit() ([]byte, error) {
	return dACommittee.abi.Pack("claimCredit")
}

// PackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credit(address ) view returns(uint256)
func (dACommittee *DACommittee) PackCredit(arg0 common.Address) []byte {
	enc, err := dACommittee.abi.Pack("credit", arg0)
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
func (dACommittee *DACommittee) TryPackCredit(arg0 common.Address) ([]byte, error) {
	return dACommittee.abi.Pack("credit", arg0)
}

// UnpackCredit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5d44d80.
//
// Solidity: function credit(address ) view returns(uint256)
func (dACommittee *DACommittee) UnpackCredit(data []byte) (*big.Int, error) {
	out, err := dACommittee.abi.Unpack("credit", data)
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
func (dACommittee *DACommittee) PackDeployer() []byte {
	enc, err := dACommittee.abi.Pack("deployer")
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
func (dACommittee *DACommittee) TryPackDeployer() ([]byte, error) {
	return dACommittee.abi.Pack("deployer")
}

// UnpackDeployer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5f39488.
//
// Solidity: function deployer() view returns(address)
func (dACommittee *DACommittee) UnpackDeployer(data []byte) (common.Address, error) {
	out, err := dACommittee.abi.Unpack("deployer", data)
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
func (dACommittee *DACommittee) PackDomainSeparator() []byte {
	enc, err := dACommittee.abi.Pack("domainSeparator")
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
func (dACommittee *DACommittee) TryPackDomainSeparator() ([]byte, error) {
	return dACommittee.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (dACommittee *DACommittee) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := dACommittee.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEndpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e94325d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function endpoints() view returns(string[] out)
func (dACommittee *DACommittee) PackEndpoints() []byte {
	enc, err := dACommittee.abi.Pack("endpoints")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEndpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e94325d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function endpoints() view returns(string[] out)
func (dACommittee *DACommittee) TryPackEndpoints() ([]byte, error) {
	return dACommittee.abi.Pack("endpoints")
}

// UnpackEndpoints is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e94325d.
//
// Solidity: function endpoints() view returns(string[] out)
func (dACommittee *DACommittee) UnpackEndpoints(data []byte) ([]string, error) {
	out, err := dACommittee.abi.Unpack("endpoints", data)
	if err != nil {
		return *new([]string), err
	}
	out0 := *abi.ConvertType(out[0], new([]string)).(*[]string)
	return out0, nil
}

// PackExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9fad8ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exit() returns()
func (dACommittee *DACommittee) PackExit() []byte {
	enc, err := dACommittee.abi.Pack("exit")
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
func (dACommittee *DACommittee) TryPackExit() ([]byte, error) {
	return dACommittee.abi.Pack("exit")
}

// PackFaultContracts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a0ba7d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function faultContracts() view returns(address[])
func (dACommittee *DACommittee) PackFaultContracts() []byte {
	enc, err := dACommittee.abi.Pack("faultContracts")
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
func (dACommittee *DACommittee) TryPackFaultContracts() ([]byte, error) {
	return dACommittee.abi.Pack("faultContracts")
}

// UnpackFaultContracts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a0ba7d8.
//
// Solidity: function faultContracts() view returns(address[])
func (dACommittee *DACommittee) UnpackFaultContracts(data []byte) ([]common.Address, error) {
	out, err := dACommittee.abi.Unpack("faultContracts", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackIndexOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd6aad25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function indexOf(address a) view returns(uint32)
func (dACommittee *DACommittee) PackIndexOf(a common.Address) []byte {
	enc, err := dACommittee.abi.Pack("indexOf", a)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIndexOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd6aad25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function indexOf(address a) view returns(uint32)
func (dACommittee *DACommittee) TryPackIndexOf(a common.Address) ([]byte, error) {
	return dACommittee.abi.Pack("indexOf", a)
}

// UnpackIndexOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfd6aad25.
//
// Solidity: function indexOf(address a) view returns(uint32)
func (dACommittee *DACommittee) UnpackIndexOf(data []byte) (uint32, error) {
	out, err := dACommittee.abi.Unpack("indexOf", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa224cee7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address[] faultContracts_) returns()
func (dACommittee *DACommittee) PackInitialize(faultContracts []common.Address) []byte {
	enc, err := dACommittee.abi.Pack("initialize", faultContracts)
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
func (dACommittee *DACommittee) TryPackInitialize(faultContracts []common.Address) ([]byte, error) {
	return dACommittee.abi.Pack("initialize", faultContracts)
}

// PackInitialized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x158ef93e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialized() view returns(bool)
func (dACommittee *DACommittee) PackInitialized() []byte {
	enc, err := dACommittee.abi.Pack("initialized")
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
func (dACommittee *DACommittee) TryPackInitialized() ([]byte, error) {
	return dACommittee.abi.Pack("initialized")
}

// UnpackInitialized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x158ef93e.
//
// Solidity: function initialized() view returns(bool)
func (dACommittee *DACommittee) UnpackInitialized(data []byte) (bool, error) {
	out, err := dACommittee.abi.Unpack("initialized", data)
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
func (dACommittee *DACommittee) PackIsFaultContract(arg0 common.Address) []byte {
	enc, err := dACommittee.abi.Pack("isFaultContract", arg0)
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
func (dACommittee *DACommittee) TryPackIsFaultContract(arg0 common.Address) ([]byte, error) {
	return dACommittee.abi.Pack("isFaultContract", arg0)
}

// UnpackIsFaultContract is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf1556f61.
//
// Solidity: function isFaultContract(address ) view returns(bool)
func (dACommittee *DACommittee) UnpackIsFaultContract(data []byte) (bool, error) {
	out, err := dACommittee.abi.Unpack("isFaultContract", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsMember is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa230c524.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isMember(address a) view returns(bool)
func (dACommittee *DACommittee) PackIsMember(a common.Address) []byte {
	enc, err := dACommittee.abi.Pack("isMember", a)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsMember is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa230c524.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isMember(address a) view returns(bool)
func (dACommittee *DACommittee) TryPackIsMember(a common.Address) ([]byte, error) {
	return dACommittee.abi.Pack("isMember", a)
}

// UnpackIsMember is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa230c524.
//
// Solidity: function isMember(address a) view returns(bool)
func (dACommittee *DACommittee) UnpackIsMember(data []byte) (bool, error) {
	out, err := dACommittee.abi.Unpack("isMember", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4f40c61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function k() view returns(uint32)
func (dACommittee *DACommittee) PackK() []byte {
	enc, err := dACommittee.abi.Pack("k")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4f40c61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function k() view returns(uint32)
func (dACommittee *DACommittee) TryPackK() ([]byte, error) {
	return dACommittee.abi.Pack("k")
}

// UnpackK is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb4f40c61.
//
// Solidity: function k() view returns(uint32)
func (dACommittee *DACommittee) UnpackK(data []byte) (uint32, error) {
	out, err := dACommittee.abi.Unpack("k", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackLiabilityWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0266ed2f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liabilityWindow() view returns(uint64)
func (dACommittee *DACommittee) PackLiabilityWindow() []byte {
	enc, err := dACommittee.abi.Pack("liabilityWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLiabilityWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0266ed2f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function liabilityWindow() view returns(uint64)
func (dACommittee *DACommittee) TryPackLiabilityWindow() ([]byte, error) {
	return dACommittee.abi.Pack("liabilityWindow")
}

// UnpackLiabilityWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0266ed2f.
//
// Solidity: function liabilityWindow() view returns(uint64)
func (dACommittee *DACommittee) UnpackLiabilityWindow(data []byte) (uint64, error) {
	out, err := dACommittee.abi.Unpack("liabilityWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMemberAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbea6f1d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function memberAt(uint32 index) view returns(address)
func (dACommittee *DACommittee) PackMemberAt(index uint32) []byte {
	enc, err := dACommittee.abi.Pack("memberAt", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMemberAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbea6f1d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function memberAt(uint32 index) view returns(address)
func (dACommittee *DACommittee) TryPackMemberAt(index uint32) ([]byte, error) {
	return dACommittee.abi.Pack("memberAt", index)
}

// UnpackMemberAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbea6f1d3.
//
// Solidity: function memberAt(uint32 index) view returns(address)
func (dACommittee *DACommittee) UnpackMemberAt(data []byte) (common.Address, error) {
	out, err := dACommittee.abi.Unpack("memberAt", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMemberBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x409a379f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function memberBond() view returns(uint256)
func (dACommittee *DACommittee) PackMemberBond() []byte {
	enc, err := dACommittee.abi.Pack("memberBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMemberBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x409a379f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function memberBond() view returns(uint256)
func (dACommittee *DACommittee) TryPackMemberBond() ([]byte, error) {
	return dACommittee.abi.Pack("memberBond")
}

// UnpackMemberBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x409a379f.
//
// Solidity: function memberBond() view returns(uint256)
func (dACommittee *DACommittee) UnpackMemberBond(data []byte) (*big.Int, error) {
	out, err := dACommittee.abi.Unpack("memberBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMemberInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa313c371.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function memberInfo(address a) view returns(uint8 status, uint32 index, uint64 exitAt, uint256 stake, string endpoint)
func (dACommittee *DACommittee) PackMemberInfo(a common.Address) []byte {
	enc, err := dACommittee.abi.Pack("memberInfo", a)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMemberInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa313c371.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function memberInfo(address a) view returns(uint8 status, uint32 index, uint64 exitAt, uint256 stake, string endpoint)
func (dACommittee *DACommittee) TryPackMemberInfo(a common.Address) ([]byte, error) {
	return dACommittee.abi.Pack("memberInfo", a)
}

// MemberInfoOutput serves as a container for the return parameters of contract
// method MemberInfo.
type MemberInfoOutput struct {
	Status   uint8
	Index    uint32
	ExitAt   uint64
	Stake    *big.Int
	Endpoint string
}

// UnpackMemberInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa313c371.
//
// Solidity: function memberInfo(address a) view returns(uint8 status, uint32 index, uint64 exitAt, uint256 stake, string endpoint)
func (dACommittee *DACommittee) UnpackMemberInfo(data []byte) (MemberInfoOutput, error) {
	out, err := dACommittee.abi.Unpack("memberInfo", data)
	outstruct := new(MemberInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Status = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Index = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	outstruct.ExitAt = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.Stake = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.Endpoint = *abi.ConvertType(out[4], new(string)).(*string)
	return *outstruct, nil
}

// PackMembersByIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd23048c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function membersByIndex() view returns(address[])
func (dACommittee *DACommittee) PackMembersByIndex() []byte {
	enc, err := dACommittee.abi.Pack("membersByIndex")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMembersByIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd23048c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function membersByIndex() view returns(address[])
func (dACommittee *DACommittee) TryPackMembersByIndex() ([]byte, error) {
	return dACommittee.abi.Pack("membersByIndex")
}

// UnpackMembersByIndex is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfd23048c.
//
// Solidity: function membersByIndex() view returns(address[])
func (dACommittee *DACommittee) UnpackMembersByIndex(data []byte) ([]common.Address, error) {
	out, err := dACommittee.abi.Unpack("membersByIndex", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e52d606.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function n() view returns(uint32)
func (dACommittee *DACommittee) PackN() []byte {
	enc, err := dACommittee.abi.Pack("n")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e52d606.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function n() view returns(uint32)
func (dACommittee *DACommittee) TryPackN() ([]byte, error) {
	return dACommittee.abi.Pack("n")
}

// UnpackN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2e52d606.
//
// Solidity: function n() view returns(uint32)
func (dACommittee *DACommittee) UnpackN(data []byte) (uint32, error) {
	out, err := dACommittee.abi.Unpack("n", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2c298be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(string endpoint) payable returns(uint32 index)
func (dACommittee *DACommittee) PackRegister(endpoint string) []byte {
	enc, err := dACommittee.abi.Pack("register", endpoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2c298be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(string endpoint) payable returns(uint32 index)
func (dACommittee *DACommittee) TryPackRegister(endpoint string) ([]byte, error) {
	return dACommittee.abi.Pack("register", endpoint)
}

// UnpackRegister is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2c298be.
//
// Solidity: function register(string endpoint) payable returns(uint32 index)
func (dACommittee *DACommittee) UnpackRegister(data []byte) (uint32, error) {
	out, err := dACommittee.abi.Unpack("register", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7aeccce9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slash(address member, address prover) returns(uint256 slashed)
func (dACommittee *DACommittee) PackSlash(member common.Address, prover common.Address) []byte {
	enc, err := dACommittee.abi.Pack("slash", member, prover)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7aeccce9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slash(address member, address prover) returns(uint256 slashed)
func (dACommittee *DACommittee) TryPackSlash(member common.Address, prover common.Address) ([]byte, error) {
	return dACommittee.abi.Pack("slash", member, prover)
}

// UnpackSlash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7aeccce9.
//
// Solidity: function slash(address member, address prover) returns(uint256 slashed)
func (dACommittee *DACommittee) UnpackSlash(data []byte) (*big.Int, error) {
	out, err := dACommittee.abi.Unpack("slash", data)
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
func (dACommittee *DACommittee) PackSlashRewardPercent() []byte {
	enc, err := dACommittee.abi.Pack("slashRewardPercent")
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
func (dACommittee *DACommittee) TryPackSlashRewardPercent() ([]byte, error) {
	return dACommittee.abi.Pack("slashRewardPercent")
}

// UnpackSlashRewardPercent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa53b32b0.
//
// Solidity: function slashRewardPercent() view returns(uint8)
func (dACommittee *DACommittee) UnpackSlashRewardPercent(data []byte) (uint8, error) {
	out, err := dACommittee.abi.Unpack("slashRewardPercent", data)
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
// Solidity: function stakeOf(address a) view returns(uint256)
func (dACommittee *DACommittee) PackStakeOf(a common.Address) []byte {
	enc, err := dACommittee.abi.Pack("stakeOf", a)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42623360.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeOf(address a) view returns(uint256)
func (dACommittee *DACommittee) TryPackStakeOf(a common.Address) ([]byte, error) {
	return dACommittee.abi.Pack("stakeOf", a)
}

// UnpackStakeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42623360.
//
// Solidity: function stakeOf(address a) view returns(uint256)
func (dACommittee *DACommittee) UnpackStakeOf(data []byte) (*big.Int, error) {
	out, err := dACommittee.abi.Unpack("stakeOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42cde4e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function threshold() view returns(uint32)
func (dACommittee *DACommittee) PackThreshold() []byte {
	enc, err := dACommittee.abi.Pack("threshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42cde4e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function threshold() view returns(uint32)
func (dACommittee *DACommittee) TryPackThreshold() ([]byte, error) {
	return dACommittee.abi.Pack("threshold")
}

// UnpackThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42cde4e8.
//
// Solidity: function threshold() view returns(uint32)
func (dACommittee *DACommittee) UnpackThreshold(data []byte) (uint32, error) {
	out, err := dACommittee.abi.Unpack("threshold", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackTotalBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd89135cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalBurned() view returns(uint256)
func (dACommittee *DACommittee) PackTotalBurned() []byte {
	enc, err := dACommittee.abi.Pack("totalBurned")
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
func (dACommittee *DACommittee) TryPackTotalBurned() ([]byte, error) {
	return dACommittee.abi.Pack("totalBurned")
}

// UnpackTotalBurned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd89135cd.
//
// Solidity: function totalBurned() view returns(uint256)
func (dACommittee *DACommittee) UnpackTotalBurned(data []byte) (*big.Int, error) {
	out, err := dACommittee.abi.Unpack("totalBurned", data)
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
func (dACommittee *DACommittee) PackUnbondingPeriod() []byte {
	enc, err := dACommittee.abi.Pack("unbondingPeriod")
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
func (dACommittee *DACommittee) TryPackUnbondingPeriod() ([]byte, error) {
	return dACommittee.abi.Pack("unbondingPeriod")
}

// UnpackUnbondingPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6cf6d675.
//
// Solidity: function unbondingPeriod() view returns(uint64)
func (dACommittee *DACommittee) UnpackUnbondingPeriod(data []byte) (uint64, error) {
	out, err := dACommittee.abi.Unpack("unbondingPeriod", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackVerifyCertificate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf8d7be0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyCertificate(bytes32 dataRoot, bytes32 dataHash, uint32 dataLength, bytes cert) view returns(uint256[] words)
func (dACommittee *DACommittee) PackVerifyCertificate(dataRoot [32]byte, dataHash [32]byte, dataLength uint32, cert []byte) []byte {
	enc, err := dACommittee.abi.Pack("verifyCertificate", dataRoot, dataHash, dataLength, cert)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyCertificate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf8d7be0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyCertificate(bytes32 dataRoot, bytes32 dataHash, uint32 dataLength, bytes cert) view returns(uint256[] words)
func (dACommittee *DACommittee) TryPackVerifyCertificate(dataRoot [32]byte, dataHash [32]byte, dataLength uint32, cert []byte) ([]byte, error) {
	return dACommittee.abi.Pack("verifyCertificate", dataRoot, dataHash, dataLength, cert)
}

// UnpackVerifyCertificate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf8d7be0.
//
// Solidity: function verifyCertificate(bytes32 dataRoot, bytes32 dataHash, uint32 dataLength, bytes cert) view returns(uint256[] words)
func (dACommittee *DACommittee) UnpackVerifyCertificate(data []byte) ([]*big.Int, error) {
	out, err := dACommittee.abi.Unpack("verifyCertificate", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (dACommittee *DACommittee) PackWithdraw() []byte {
	enc, err := dACommittee.abi.Pack("withdraw")
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
func (dACommittee *DACommittee) TryPackWithdraw() ([]byte, error) {
	return dACommittee.abi.Pack("withdraw")
}

// DACommitteeCreditClaimed represents a CreditClaimed event raised by the DACommittee contract.
type DACommitteeCreditClaimed struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DACommitteeCreditClaimedEventName = "CreditClaimed"

// ContractEventName returns the user-defined event name.
func (DACommitteeCreditClaimed) ContractEventName() string {
	return DACommitteeCreditClaimedEventName
}

// UnpackCreditClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CreditClaimed(address indexed account, uint256 amount)
func (dACommittee *DACommittee) UnpackCreditClaimedEvent(log *types.Log) (*DACommitteeCreditClaimed, error) {
	event := "CreditClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dACommittee.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DACommitteeCreditClaimed)
	if len(log.Data) > 0 {
		if err := dACommittee.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dACommittee.abi.Events[event].Inputs {
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

// DACommitteeInitialized represents a Initialized event raised by the DACommittee contract.
type DACommitteeInitialized struct {
	FaultContracts []common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const DACommitteeInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (DACommitteeInitialized) ContractEventName() string {
	return DACommitteeInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(address[] faultContracts)
func (dACommittee *DACommittee) UnpackInitializedEvent(log *types.Log) (*DACommitteeInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dACommittee.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DACommitteeInitialized)
	if len(log.Data) > 0 {
		if err := dACommittee.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dACommittee.abi.Events[event].Inputs {
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

// DACommitteeMemberExited represents a MemberExited event raised by the DACommittee contract.
type DACommitteeMemberExited struct {
	Member         common.Address
	Index          uint32
	WithdrawableAt uint64
	Slashed        bool
	Raw            *types.Log // Blockchain specific contextual infos
}

const DACommitteeMemberExitedEventName = "MemberExited"

// ContractEventName returns the user-defined event name.
func (DACommitteeMemberExited) ContractEventName() string {
	return DACommitteeMemberExitedEventName
}

// UnpackMemberExitedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MemberExited(address indexed member, uint32 indexed index, uint64 withdrawableAt, bool slashed)
func (dACommittee *DACommittee) UnpackMemberExitedEvent(log *types.Log) (*DACommitteeMemberExited, error) {
	event := "MemberExited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dACommittee.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DACommitteeMemberExited)
	if len(log.Data) > 0 {
		if err := dACommittee.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dACommittee.abi.Events[event].Inputs {
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

// DACommitteeMemberRegistered represents a MemberRegistered event raised by the DACommittee contract.
type DACommitteeMemberRegistered struct {
	Member   common.Address
	Index    uint32
	Stake    *big.Int
	Endpoint string
	Raw      *types.Log // Blockchain specific contextual infos
}

const DACommitteeMemberRegisteredEventName = "MemberRegistered"

// ContractEventName returns the user-defined event name.
func (DACommitteeMemberRegistered) ContractEventName() string {
	return DACommitteeMemberRegisteredEventName
}

// UnpackMemberRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MemberRegistered(address indexed member, uint32 indexed index, uint256 stake, string endpoint)
func (dACommittee *DACommittee) UnpackMemberRegisteredEvent(log *types.Log) (*DACommitteeMemberRegistered, error) {
	event := "MemberRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dACommittee.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DACommitteeMemberRegistered)
	if len(log.Data) > 0 {
		if err := dACommittee.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dACommittee.abi.Events[event].Inputs {
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

// DACommitteeMemberSlashed represents a MemberSlashed event raised by the DACommittee contract.
type DACommitteeMemberSlashed struct {
	Member        common.Address
	Prover        common.Address
	FaultContract common.Address
	Amount        *big.Int
	Reward        *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const DACommitteeMemberSlashedEventName = "MemberSlashed"

// ContractEventName returns the user-defined event name.
func (DACommitteeMemberSlashed) ContractEventName() string {
	return DACommitteeMemberSlashedEventName
}

// UnpackMemberSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MemberSlashed(address indexed member, address indexed prover, address indexed faultContract, uint256 amount, uint256 reward)
func (dACommittee *DACommittee) UnpackMemberSlashedEvent(log *types.Log) (*DACommitteeMemberSlashed, error) {
	event := "MemberSlashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dACommittee.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DACommitteeMemberSlashed)
	if len(log.Data) > 0 {
		if err := dACommittee.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dACommittee.abi.Events[event].Inputs {
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

// DACommitteeMemberWithdrawn represents a MemberWithdrawn event raised by the DACommittee contract.
type DACommitteeMemberWithdrawn struct {
	Member common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DACommitteeMemberWithdrawnEventName = "MemberWithdrawn"

// ContractEventName returns the user-defined event name.
func (DACommitteeMemberWithdrawn) ContractEventName() string {
	return DACommitteeMemberWithdrawnEventName
}

// UnpackMemberWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MemberWithdrawn(address indexed member, uint256 amount)
func (dACommittee *DACommittee) UnpackMemberWithdrawnEvent(log *types.Log) (*DACommitteeMemberWithdrawn, error) {
	event := "MemberWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dACommittee.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DACommitteeMemberWithdrawn)
	if len(log.Data) > 0 {
		if err := dACommittee.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dACommittee.abi.Events[event].Inputs {
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
func (dACommittee *DACommittee) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["AlreadyInitialized"].ID.Bytes()[:4]) {
		return dACommittee.UnpackAlreadyInitializedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return dACommittee.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["AttestationExpired"].ID.Bytes()[:4]) {
		return dACommittee.UnpackAttestationExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["AttestationHighS"].ID.Bytes()[:4]) {
		return dACommittee.UnpackAttestationHighSError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["AttestationsNotSorted"].ID.Bytes()[:4]) {
		return dACommittee.UnpackAttestationsNotSortedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["BadAttestation"].ID.Bytes()[:4]) {
		return dACommittee.UnpackBadAttestationError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["BondTooLow"].ID.Bytes()[:4]) {
		return dACommittee.UnpackBondTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["CertificateMalformed"].ID.Bytes()[:4]) {
		return dACommittee.UnpackCertificateMalformedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["CommitteeFull"].ID.Bytes()[:4]) {
		return dACommittee.UnpackCommitteeFullError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["EmptyEndpoint"].ID.Bytes()[:4]) {
		return dACommittee.UnpackEmptyEndpointError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["InvalidParameters"].ID.Bytes()[:4]) {
		return dACommittee.UnpackInvalidParametersError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["NoCredit"].ID.Bytes()[:4]) {
		return dACommittee.UnpackNoCreditError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["NotActive"].ID.Bytes()[:4]) {
		return dACommittee.UnpackNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["NotDeployer"].ID.Bytes()[:4]) {
		return dACommittee.UnpackNotDeployerError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["NotExiting"].ID.Bytes()[:4]) {
		return dACommittee.UnpackNotExitingError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["NotFaultContract"].ID.Bytes()[:4]) {
		return dACommittee.UnpackNotFaultContractError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["NotInitialized"].ID.Bytes()[:4]) {
		return dACommittee.UnpackNotInitializedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["StillUnbonding"].ID.Bytes()[:4]) {
		return dACommittee.UnpackStillUnbondingError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["TooFewAttestations"].ID.Bytes()[:4]) {
		return dACommittee.UnpackTooFewAttestationsError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return dACommittee.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["UnknownMember"].ID.Bytes()[:4]) {
		return dACommittee.UnpackUnknownMemberError(raw[4:])
	}
	if bytes.Equal(raw[:4], dACommittee.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return dACommittee.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DACommitteeAlreadyInitialized represents a AlreadyInitialized error raised by the DACommittee contract.
type DACommitteeAlreadyInitialized struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyInitialized()
func DACommitteeAlreadyInitializedErrorID() common.Hash {
	return common.HexToHash("0x0dc149f07762891dbcea3fe72770f3d63a1863fc54b2f084e8c59ec476996927")
}

// UnpackAlreadyInitializedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyInitialized()
func (dACommittee *DACommittee) UnpackAlreadyInitializedError(raw []byte) (*DACommitteeAlreadyInitialized, error) {
	out := new(DACommitteeAlreadyInitialized)
	if err := dACommittee.abi.UnpackIntoInterface(out, "AlreadyInitialized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeAlreadyRegistered represents a AlreadyRegistered error raised by the DACommittee contract.
type DACommitteeAlreadyRegistered struct {
	Member common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered(address member)
func DACommitteeAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x45ed80e9399c87887ea54f615514a1e3dde31e9b6c027ddceb4ffd503b70e428")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered(address member)
func (dACommittee *DACommittee) UnpackAlreadyRegisteredError(raw []byte) (*DACommitteeAlreadyRegistered, error) {
	out := new(DACommitteeAlreadyRegistered)
	if err := dACommittee.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeAttestationExpired represents a AttestationExpired error raised by the DACommittee contract.
type DACommitteeAttestationExpired struct {
	Position *big.Int
	Expiry   uint64
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttestationExpired(uint256 position, uint64 expiry, uint256 required)
func DACommitteeAttestationExpiredErrorID() common.Hash {
	return common.HexToHash("0x3f98f56b2479bb2c3799d6fafe20af482ede4c40f859f3952beb1d6dfc89a7e9")
}

// UnpackAttestationExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttestationExpired(uint256 position, uint64 expiry, uint256 required)
func (dACommittee *DACommittee) UnpackAttestationExpiredError(raw []byte) (*DACommitteeAttestationExpired, error) {
	out := new(DACommitteeAttestationExpired)
	if err := dACommittee.abi.UnpackIntoInterface(out, "AttestationExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeAttestationHighS represents a AttestationHighS error raised by the DACommittee contract.
type DACommitteeAttestationHighS struct {
	Position *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttestationHighS(uint256 position)
func DACommitteeAttestationHighSErrorID() common.Hash {
	return common.HexToHash("0xb45ca78adf38a9900f4af605215f996d2e8cb341d2516d59b8920988d2e05094")
}

// UnpackAttestationHighSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttestationHighS(uint256 position)
func (dACommittee *DACommittee) UnpackAttestationHighSError(raw []byte) (*DACommitteeAttestationHighS, error) {
	out := new(DACommitteeAttestationHighS)
	if err := dACommittee.abi.UnpackIntoInterface(out, "AttestationHighS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeAttestationsNotSorted represents a AttestationsNotSorted error raised by the DACommittee contract.
type DACommitteeAttestationsNotSorted struct {
	Position *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttestationsNotSorted(uint256 position)
func DACommitteeAttestationsNotSortedErrorID() common.Hash {
	return common.HexToHash("0x56be1fd40914e538b3a0c01e33e359fbd2a10c86f83c299b66e66243e289952b")
}

// UnpackAttestationsNotSortedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttestationsNotSorted(uint256 position)
func (dACommittee *DACommittee) UnpackAttestationsNotSortedError(raw []byte) (*DACommitteeAttestationsNotSorted, error) {
	out := new(DACommitteeAttestationsNotSorted)
	if err := dACommittee.abi.UnpackIntoInterface(out, "AttestationsNotSorted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeBadAttestation represents a BadAttestation error raised by the DACommittee contract.
type DACommitteeBadAttestation struct {
	Position *big.Int
	Member   uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadAttestation(uint256 position, uint32 member)
func DACommitteeBadAttestationErrorID() common.Hash {
	return common.HexToHash("0xc934c48a60c528f05b7cb7ebfdbf5bbe2b5e220c5c5b37e37118c95096ab9c40")
}

// UnpackBadAttestationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadAttestation(uint256 position, uint32 member)
func (dACommittee *DACommittee) UnpackBadAttestationError(raw []byte) (*DACommitteeBadAttestation, error) {
	out := new(DACommitteeBadAttestation)
	if err := dACommittee.abi.UnpackIntoInterface(out, "BadAttestation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeBondTooLow represents a BondTooLow error raised by the DACommittee contract.
type DACommitteeBondTooLow struct {
	Value    *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BondTooLow(uint256 value, uint256 required)
func DACommitteeBondTooLowErrorID() common.Hash {
	return common.HexToHash("0x000155b5ebd7e31e61b2db21f595e5ecb1232ce27e1acf6160bc8d8a6f74ef24")
}

// UnpackBondTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BondTooLow(uint256 value, uint256 required)
func (dACommittee *DACommittee) UnpackBondTooLowError(raw []byte) (*DACommitteeBondTooLow, error) {
	out := new(DACommitteeBondTooLow)
	if err := dACommittee.abi.UnpackIntoInterface(out, "BondTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeCertificateMalformed represents a CertificateMalformed error raised by the DACommittee contract.
type DACommitteeCertificateMalformed struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CertificateMalformed(uint256 length)
func DACommitteeCertificateMalformedErrorID() common.Hash {
	return common.HexToHash("0x4db011242bb9a562b53824f400600e86c9ac4bdafc11eb40f5b369feff76830a")
}

// UnpackCertificateMalformedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CertificateMalformed(uint256 length)
func (dACommittee *DACommittee) UnpackCertificateMalformedError(raw []byte) (*DACommitteeCertificateMalformed, error) {
	out := new(DACommitteeCertificateMalformed)
	if err := dACommittee.abi.UnpackIntoInterface(out, "CertificateMalformed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeCommitteeFull represents a CommitteeFull error raised by the DACommittee contract.
type DACommitteeCommitteeFull struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitteeFull()
func DACommitteeCommitteeFullErrorID() common.Hash {
	return common.HexToHash("0x5396a0e75d18befaa8cf11630618384233e0a94639e995da783e5bfa0cdc2b17")
}

// UnpackCommitteeFullError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitteeFull()
func (dACommittee *DACommittee) UnpackCommitteeFullError(raw []byte) (*DACommitteeCommitteeFull, error) {
	out := new(DACommitteeCommitteeFull)
	if err := dACommittee.abi.UnpackIntoInterface(out, "CommitteeFull", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeEmptyEndpoint represents a EmptyEndpoint error raised by the DACommittee contract.
type DACommitteeEmptyEndpoint struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyEndpoint()
func DACommitteeEmptyEndpointErrorID() common.Hash {
	return common.HexToHash("0x885062b4124923c24341625f393990c96d5ec5acfd741cdac55cfd39b8ae9603")
}

// UnpackEmptyEndpointError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyEndpoint()
func (dACommittee *DACommittee) UnpackEmptyEndpointError(raw []byte) (*DACommitteeEmptyEndpoint, error) {
	out := new(DACommitteeEmptyEndpoint)
	if err := dACommittee.abi.UnpackIntoInterface(out, "EmptyEndpoint", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeInvalidParameters represents a InvalidParameters error raised by the DACommittee contract.
type DACommitteeInvalidParameters struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParameters()
func DACommitteeInvalidParametersErrorID() common.Hash {
	return common.HexToHash("0xe52390909f87229f872871b8ab57a0e139663fb951ac6346f3852d332ca460b7")
}

// UnpackInvalidParametersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParameters()
func (dACommittee *DACommittee) UnpackInvalidParametersError(raw []byte) (*DACommitteeInvalidParameters, error) {
	out := new(DACommitteeInvalidParameters)
	if err := dACommittee.abi.UnpackIntoInterface(out, "InvalidParameters", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeNoCredit represents a NoCredit error raised by the DACommittee contract.
type DACommitteeNoCredit struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCredit(address account)
func DACommitteeNoCreditErrorID() common.Hash {
	return common.HexToHash("0x6385746fcefe8edde7204ab2688cf3a9703f55184b5a77e217814dada566d089")
}

// UnpackNoCreditError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCredit(address account)
func (dACommittee *DACommittee) UnpackNoCreditError(raw []byte) (*DACommitteeNoCredit, error) {
	out := new(DACommitteeNoCredit)
	if err := dACommittee.abi.UnpackIntoInterface(out, "NoCredit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeNotActive represents a NotActive error raised by the DACommittee contract.
type DACommitteeNotActive struct {
	Member common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotActive(address member)
func DACommitteeNotActiveErrorID() common.Hash {
	return common.HexToHash("0x4022bc554c72cf2c9ccd5d09c2ade2b82a349ca5f4d7a60324bb8fda79446fb3")
}

// UnpackNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotActive(address member)
func (dACommittee *DACommittee) UnpackNotActiveError(raw []byte) (*DACommitteeNotActive, error) {
	out := new(DACommitteeNotActive)
	if err := dACommittee.abi.UnpackIntoInterface(out, "NotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeNotDeployer represents a NotDeployer error raised by the DACommittee contract.
type DACommitteeNotDeployer struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDeployer(address caller)
func DACommitteeNotDeployerErrorID() common.Hash {
	return common.HexToHash("0x0c8cc036c9c98ca91a606f42bb4fd73acf8431b681f0e19ddaaaf88693e5c4a5")
}

// UnpackNotDeployerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDeployer(address caller)
func (dACommittee *DACommittee) UnpackNotDeployerError(raw []byte) (*DACommitteeNotDeployer, error) {
	out := new(DACommitteeNotDeployer)
	if err := dACommittee.abi.UnpackIntoInterface(out, "NotDeployer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeNotExiting represents a NotExiting error raised by the DACommittee contract.
type DACommitteeNotExiting struct {
	Member common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotExiting(address member)
func DACommitteeNotExitingErrorID() common.Hash {
	return common.HexToHash("0xb4ddacd3a1ff8a1b7cf9994a91a19c9945d01f85d4d6d4842a57fe79655d05ac")
}

// UnpackNotExitingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotExiting(address member)
func (dACommittee *DACommittee) UnpackNotExitingError(raw []byte) (*DACommitteeNotExiting, error) {
	out := new(DACommitteeNotExiting)
	if err := dACommittee.abi.UnpackIntoInterface(out, "NotExiting", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeNotFaultContract represents a NotFaultContract error raised by the DACommittee contract.
type DACommitteeNotFaultContract struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFaultContract(address caller)
func DACommitteeNotFaultContractErrorID() common.Hash {
	return common.HexToHash("0x96ef1446cf5748cb7abbb7efd3c8b86b7ef688344a234dc89e5374b8f5a002e2")
}

// UnpackNotFaultContractError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFaultContract(address caller)
func (dACommittee *DACommittee) UnpackNotFaultContractError(raw []byte) (*DACommitteeNotFaultContract, error) {
	out := new(DACommitteeNotFaultContract)
	if err := dACommittee.abi.UnpackIntoInterface(out, "NotFaultContract", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeNotInitialized represents a NotInitialized error raised by the DACommittee contract.
type DACommitteeNotInitialized struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitialized()
func DACommitteeNotInitializedErrorID() common.Hash {
	return common.HexToHash("0x87138d5c8c2e77cb9f25c07b03277aad63d22f6a05255580ec55d2c21666e734")
}

// UnpackNotInitializedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitialized()
func (dACommittee *DACommittee) UnpackNotInitializedError(raw []byte) (*DACommitteeNotInitialized, error) {
	out := new(DACommitteeNotInitialized)
	if err := dACommittee.abi.UnpackIntoInterface(out, "NotInitialized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeStillUnbonding represents a StillUnbonding error raised by the DACommittee contract.
type DACommitteeStillUnbonding struct {
	WithdrawableAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StillUnbonding(uint64 withdrawableAt)
func DACommitteeStillUnbondingErrorID() common.Hash {
	return common.HexToHash("0xbe8a527b36e3a85424bdbcbe45bc0c9bc214cdd0608b4b49f3c6d9c19da3611c")
}

// UnpackStillUnbondingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StillUnbonding(uint64 withdrawableAt)
func (dACommittee *DACommittee) UnpackStillUnbondingError(raw []byte) (*DACommitteeStillUnbonding, error) {
	out := new(DACommitteeStillUnbonding)
	if err := dACommittee.abi.UnpackIntoInterface(out, "StillUnbonding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeTooFewAttestations represents a TooFewAttestations error raised by the DACommittee contract.
type DACommitteeTooFewAttestations struct {
	Count     *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooFewAttestations(uint256 count, uint256 threshold)
func DACommitteeTooFewAttestationsErrorID() common.Hash {
	return common.HexToHash("0xcfec780a916ac9782b3590a8111bb8e33bcdc5bb94a673e7afd0faeae67c661f")
}

// UnpackTooFewAttestationsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooFewAttestations(uint256 count, uint256 threshold)
func (dACommittee *DACommittee) UnpackTooFewAttestationsError(raw []byte) (*DACommitteeTooFewAttestations, error) {
	out := new(DACommitteeTooFewAttestations)
	if err := dACommittee.abi.UnpackIntoInterface(out, "TooFewAttestations", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeTransferFailed represents a TransferFailed error raised by the DACommittee contract.
type DACommitteeTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func DACommitteeTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (dACommittee *DACommittee) UnpackTransferFailedError(raw []byte) (*DACommitteeTransferFailed, error) {
	out := new(DACommitteeTransferFailed)
	if err := dACommittee.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeUnknownMember represents a UnknownMember error raised by the DACommittee contract.
type DACommitteeUnknownMember struct {
	Position *big.Int
	Member   uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownMember(uint256 position, uint32 member)
func DACommitteeUnknownMemberErrorID() common.Hash {
	return common.HexToHash("0x1d89d427de54f5864fed1cec7b0e31c122e87c8ce96a8879419783cf9c17acb4")
}

// UnpackUnknownMemberError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownMember(uint256 position, uint32 member)
func (dACommittee *DACommittee) UnpackUnknownMemberError(raw []byte) (*DACommitteeUnknownMember, error) {
	out := new(DACommitteeUnknownMember)
	if err := dACommittee.abi.UnpackIntoInterface(out, "UnknownMember", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DACommitteeZeroAddress represents a ZeroAddress error raised by the DACommittee contract.
type DACommitteeZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func DACommitteeZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (dACommittee *DACommittee) UnpackZeroAddressError(raw []byte) (*DACommitteeZeroAddress, error) {
	out := new(DACommitteeZeroAddress)
	if err := dACommittee.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
