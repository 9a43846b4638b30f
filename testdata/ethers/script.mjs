// Drives the EtherScale L2 JSON-RPC with ethers v6 as a new user would:
// default provider and wallet, library-chosen fees, gas and nonces, type 2
// and legacy transfers, tx.wait() for every one, then blocks, transactions
// and receipts read back and checked against each other.
//
// Usage: node script.mjs URL PRIVATE_KEY [speedup]
// Prints one JSON line with what it did; exits 1 on the first failure.
// speedup: send a transfer, then a wallet's speed-up (same nonce, fees
// doubled), print "sent HASH" and wait: the caller posts the batch; the
// first transfer's wait() must report it replaced ("repriced").
// ws: URL is the WebSocket URL; a WebSocketProvider's "block" events
// (eth_subscribe newHeads) must name the blocks of two transfers sent and
// waited for over the same connection.
import { JsonRpcProvider, WebSocketProvider, Wallet, getAddress, hexlify, randomBytes } from "ethers";

const [url, key, mode] = process.argv.slice(2);
if (!url || !key) {
  console.error("usage: node script.mjs URL PRIVATE_KEY");
  process.exit(2);
}

function check(cond, what) {
  if (!cond) throw new Error("check failed: " + what);
}

async function mainWS() {
  const provider = new WebSocketProvider(url);
  const wallet = new Wallet(key, provider);
  const seen = new Set();
  await provider.on("block", (n) => seen.add(n));
  const to = getAddress(hexlify(randomBytes(20)));
  const blocks = [];
  for (let i = 0; i < 2; i++) {
    const tx = await wallet.sendTransaction({ to, value: BigInt(1 + i) });
    const r = await tx.wait();
    check(r && r.status === 1, `receipt over WebSocket: ${JSON.stringify(r)}`);
    blocks.push(r.blockNumber);
  }
  // The event may trail the receipt by a moment.
  for (let i = 0; i < 50 && !blocks.every((b) => seen.has(b)); i++) await new Promise((ok) => setTimeout(ok, 100));
  check(blocks.every((b) => seen.has(b)), `block events ${[...seen]}, want ${blocks}`);
  const block = await provider.getBlock(blocks[1]);
  check(block && block.number === blocks[1], "block over WebSocket");
  console.log(JSON.stringify({ ws: true, blocks, events: [...seen] }));
  await provider.destroy();
}

async function main() {
  if (mode === "ws") return mainWS();
  const provider = new JsonRpcProvider(url);
  // The only non-default: poll every 200 ms instead of 4 s, so that the
  // test is fast (the sequencer seals a block every batch interval).
  provider.pollingInterval = 200;
  const wallet = new Wallet(key, provider);
  const network = await provider.getNetwork();
  const fees = await provider.getFeeData();
  check(fees.maxFeePerGas !== null && fees.gasPrice !== null, "fee data from the latest block: " + JSON.stringify(fees));

  const to = getAddress(hexlify(randomBytes(20)));
  if (mode === "speedup") {
    const a = await wallet.sendTransaction({ to, value: 1n });
    const b = await wallet.sendTransaction({
      to, value: 1n, nonce: a.nonce,
      maxPriorityFeePerGas: a.maxPriorityFeePerGas * 2n + 1n, maxFeePerGas: a.maxFeePerGas * 2n,
    });
    console.log("sent " + b.hash);
    const rb = await b.wait();
    check(rb && rb.status === 1 && rb.hash === b.hash, "speed-up receipt");
    let replaced = null;
    try {
      await a.wait();
    } catch (err) {
      replaced = err;
    }
    check(replaced && replaced.code === "TRANSACTION_REPLACED" && replaced.reason === "repriced" && replaced.replacement.hash === b.hash,
      "wait() of the replaced transfer: " + replaced);
    check((await provider.getTransaction(a.hash)) === null, "replaced transfer gone");
    console.log(JSON.stringify({ replaced: a.hash, by: b.hash, block: rb.blockNumber }));
    return;
  }
  const sent = [];
  // Two type-2 transfers before waiting (the second's nonce comes from the
  // pending count), then legacy ones, then type 2 again. ethers caches
  // identical requests for 250 ms, so a second send sooner would reuse the
  // first nonce against any node: wait that long between sends.
  const plan = [{}, {}, { type: 0 }, { type: 0 }, {}];
  for (let i = 0; i < plan.length; i++) {
    if (i > 0) await new Promise((ok) => setTimeout(ok, 300));
    const tx = await wallet.sendTransaction({ to, value: BigInt(1000 + i), ...plan[i] });
    check(tx.type === (plan[i].type ?? 2), `tx ${i} type ${tx.type}`);
    sent.push(tx);
    if (i === 1 || i === 3 || i === 4) {
      for (const t of sent.slice(i === 1 ? 0 : i === 3 ? 2 : 4)) {
        const r = await t.wait();
        check(r !== null && r.status === 1, `receipt of ${t.hash}: ${JSON.stringify(r)}`);
      }
    }
  }

  let total = 0n;
  const blocks = new Set();
  for (const tx of sent) {
    total += tx.value;
    const r = await provider.getTransactionReceipt(tx.hash);
    check(r && r.status === 1 && r.gasUsed === 21000n && r.from === wallet.address && r.to === to, `receipt ${tx.hash}`);
    check(r.contractAddress === null && r.logs.length === 0, "no contract, no logs");
    check(r.gasPrice > 0n, "effective gas price");
    const got = await provider.getTransaction(tx.hash);
    check(got && got.blockHash === r.blockHash && got.blockNumber === r.blockNumber && got.index === r.index, `transaction ${tx.hash} read back`);
    check(got.from === wallet.address && got.nonce === tx.nonce && got.value === tx.value, "transaction fields");
    const block = await provider.getBlock(r.blockHash, true);
    check(block && block.number === r.blockNumber && block.hash === r.blockHash, `block ${r.blockHash}`);
    check(block.transactions.includes(tx.hash), `block ${block.number} lists ${tx.hash}`);
    check(block.prefetchedTransactions.some((t) => t.hash === tx.hash && t.from === wallet.address), "full transactions");
    check(block.baseFeePerGas === fees.gasPrice || block.baseFeePerGas > 0n, "base fee");
    const parent = await provider.getBlock(block.parentHash);
    check(parent && parent.number === block.number - 1 && parent.timestamp <= block.timestamp, "parent block");
    blocks.add(block.number);
  }
  const balance = await provider.getBalance(to);
  check(balance === total, `recipient balance ${balance}, want ${total}`);
  const latest = await provider.getBlock("latest");
  check(latest && latest.number === (await provider.getBlockNumber()), "latest block");
  const nonce = await provider.getTransactionCount(wallet.address, "latest");
  check(nonce === sent[sent.length - 1].nonce + 1, `nonce ${nonce}`);

  console.log(JSON.stringify({ chainId: network.chainId.toString(), sent: sent.length, blocks: [...blocks], latest: latest.number }));
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err && err.stack ? err.stack : String(err));
    process.exit(1);
  },
);
