// SPDX-License-Identifier: Apache-2.0
// Pinned to the exact compiler in package.json (solc-js 0.8.37) so the committed bytecode is reproducible.
pragma solidity 0.8.37;

import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/**
 * @title EvidenceRegistry
 * @notice Anchors evidence digests for the judicial portal so that a court can later prove that a
 *         piece of evidence existed, unchanged, at a given block and time, and who submitted it.
 * @dev Only digests are stored: never file contents, names or any personal data. Evidence is
 *      normally anchored in batches as the root of an OpenZeppelin StandardMerkleTree (sorted pair
 *      hashing, leaves = keccak256(bytes.concat(keccak256(abi.encode(values)))), computed off-chain);
 *      a single urgent item can be anchored on its own with anchorDigest.
 *      Writers are allowlisted accounts, each bound to an institution id, so every anchor records
 *      which institution vouched for it. The allowlist is run by court admins.
 *      Gas is free on the production Besu network (zero gas price), so the storage layout favours
 *      simple lookups over gas micro-optimisation.
 */
contract EvidenceRegistry {
    /// @dev What is known about an anchored batch, keyed by its Merkle root.
    struct BatchRecord {
        address submitter; // packed with blockNumber and itemCount in one slot
        uint64 blockNumber;
        uint32 itemCount;
        uint64 timestamp;
        bytes32 institution;
        bytes32 batchId;
    }

    /// @dev What is known about a single anchored digest.
    struct DigestRecord {
        address submitter; // packed with blockNumber in one slot
        uint64 blockNumber;
        uint64 timestamp;
        bytes32 institution;
    }

    /// @dev Court admins manage the allowlist and other admins.
    mapping(address account => bool) private _courtAdmins;
    /// @dev Kept so the last admin can never be removed (that would freeze the allowlist forever).
    uint256 private _courtAdminCount;
    /// @dev Allowlisted submitters and the institution each one acts for; zero means not allowlisted.
    mapping(address account => bytes32) private _institutions;
    /// @dev Batch records by Merkle root; a root is anchored iff its submitter is non-zero.
    mapping(bytes32 root => BatchRecord) private _batches;
    /// @dev Batch id (chosen off-chain by the portal) to root, so a batch id can never be reused.
    mapping(bytes32 batchId => bytes32) private _rootsByBatchId;
    /// @dev Single digests; anchored iff the submitter is non-zero.
    mapping(bytes32 digest => DigestRecord) private _digests;

    error NotCourtAdmin(address caller);
    error NotAllowlisted(address caller);
    error LastCourtAdmin();
    error BatchAlreadyAnchored(bytes32 batchId);
    error RootAlreadyAnchored(bytes32 root);
    error DigestAlreadyAnchored(bytes32 digest);
    error EmptyBatch();
    error ZeroValue();

    event BatchAnchored(
        bytes32 indexed batchId, bytes32 indexed root, uint32 itemCount, address indexed submitter, bytes32 institution
    );
    event DigestAnchored(bytes32 indexed digest, address indexed submitter, bytes32 institution);
    event SubmitterAllowed(address indexed account, bytes32 indexed institution, address by);
    event SubmitterRevoked(address indexed account, address by);
    event CourtAdminChanged(address indexed account, bool isAdmin, address by);

    modifier onlyCourtAdmin() {
        if (!_courtAdmins[msg.sender]) revert NotCourtAdmin(msg.sender);
        _;
    }

    /// @notice The deployer becomes the first court admin, so the registry is never without one.
    constructor() {
        _courtAdmins[msg.sender] = true;
        _courtAdminCount = 1;
        emit CourtAdminChanged(msg.sender, true, msg.sender);
    }

    // ---------------------------------------------------------------- anchoring

    /**
     * @notice Anchors the Merkle root of a batch of evidence digests.
     * @dev Both the batch id and the root must be new: an anchor is a one-time statement and is
     *      never overwritten, otherwise the recorded block and submitter could be rewritten later.
     * @param batchId portal-side batch identifier (non-zero)
     * @param root StandardMerkleTree root of the batch (non-zero)
     * @param itemCount number of leaves in the tree (non-zero)
     */
    function anchorBatch(bytes32 batchId, bytes32 root, uint32 itemCount) external {
        bytes32 institution = _requireAllowlisted();
        if (batchId == bytes32(0) || root == bytes32(0)) revert ZeroValue();
        if (itemCount == 0) revert EmptyBatch();
        if (_rootsByBatchId[batchId] != bytes32(0)) revert BatchAlreadyAnchored(batchId);
        if (_batches[root].submitter != address(0)) revert RootAlreadyAnchored(root);

        _rootsByBatchId[batchId] = root;
        _batches[root] = BatchRecord({
            submitter: msg.sender,
            blockNumber: uint64(block.number),
            itemCount: itemCount,
            timestamp: uint64(block.timestamp),
            institution: institution,
            batchId: batchId
        });
        emit BatchAnchored(batchId, root, itemCount, msg.sender, institution);
    }

    /**
     * @notice Anchors one digest on its own, for items that cannot wait for the next batch.
     * @param digest the evidence digest (non-zero)
     */
    function anchorDigest(bytes32 digest) external {
        bytes32 institution = _requireAllowlisted();
        if (digest == bytes32(0)) revert ZeroValue();
        if (_digests[digest].submitter != address(0)) revert DigestAlreadyAnchored(digest);

        _digests[digest] = DigestRecord({
            submitter: msg.sender,
            blockNumber: uint64(block.number),
            timestamp: uint64(block.timestamp),
            institution: institution
        });
        emit DigestAnchored(digest, msg.sender, institution);
    }

    // ---------------------------------------------------------------- reading and verifying

    /// @notice The root anchored under a batch id, or zero if the batch id is unknown.
    function rootOf(bytes32 batchId) external view returns (bytes32) {
        return _rootsByBatchId[batchId];
    }

    /// @notice Who anchored a root, for which institution, when, and how many items; all zero if unknown.
    function batchAnchor(bytes32 root)
        external
        view
        returns (
            address submitter,
            bytes32 institution,
            uint64 blockNumber,
            uint64 timestamp,
            uint32 itemCount,
            bytes32 batchId
        )
    {
        BatchRecord storage b = _batches[root];
        return (b.submitter, b.institution, b.blockNumber, b.timestamp, b.itemCount, b.batchId);
    }

    /// @notice Who anchored a single digest, for which institution and when; all zero if unknown.
    function digestAnchor(bytes32 digest)
        external
        view
        returns (address submitter, bytes32 institution, uint64 blockNumber, uint64 timestamp)
    {
        DigestRecord storage d = _digests[digest];
        return (d.submitter, d.institution, d.blockNumber, d.timestamp);
    }

    /**
     * @notice True iff `root` was anchored here and `proof` proves `leaf` is in that tree.
     * @dev Checking that the root is anchored matters: a valid proof against an arbitrary,
     *      never-anchored root proves nothing about the evidence.
     */
    function verifyLeaf(bytes32 root, bytes32[] calldata proof, bytes32 leaf) external view returns (bool) {
        return _batches[root].submitter != address(0) && MerkleProof.verifyCalldata(proof, root, leaf);
    }

    // ---------------------------------------------------------------- allowlist and admins

    /**
     * @notice Allows `account` to anchor on behalf of `institution` (or moves it to another institution).
     * @param institution opaque institution id (non-zero, since zero means "not allowlisted")
     */
    function allowSubmitter(address account, bytes32 institution) external onlyCourtAdmin {
        if (account == address(0) || institution == bytes32(0)) revert ZeroValue();
        _institutions[account] = institution;
        emit SubmitterAllowed(account, institution, msg.sender);
    }

    /// @notice Stops `account` from anchoring; its earlier anchors stay valid. No-op if not allowlisted.
    function revokeSubmitter(address account) external onlyCourtAdmin {
        if (_institutions[account] == bytes32(0)) return;
        delete _institutions[account];
        emit SubmitterRevoked(account, msg.sender);
    }

    /// @notice The institution `account` anchors for; zero if it is not allowlisted.
    function institutionOf(address account) external view returns (bytes32) {
        return _institutions[account];
    }

    /// @notice Grants or removes court admin rights; the last admin cannot be removed.
    function setCourtAdmin(address account, bool isAdmin) external onlyCourtAdmin {
        if (account == address(0)) revert ZeroValue();
        if (_courtAdmins[account] == isAdmin) return; // nothing changes, nothing to log
        if (isAdmin) {
            _courtAdminCount += 1;
        } else {
            if (_courtAdminCount == 1) revert LastCourtAdmin();
            _courtAdminCount -= 1;
        }
        _courtAdmins[account] = isAdmin;
        emit CourtAdminChanged(account, isAdmin, msg.sender);
    }

    /// @notice Whether `account` is a court admin.
    function isCourtAdmin(address account) external view returns (bool) {
        return _courtAdmins[account];
    }

    /// @dev Returns the caller's institution, reverting if the caller is not allowlisted.
    function _requireAllowlisted() private view returns (bytes32 institution) {
        institution = _institutions[msg.sender];
        if (institution == bytes32(0)) revert NotAllowlisted(msg.sender);
    }
}
