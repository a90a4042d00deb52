// SPDX-License-Identifier: Apache-2.0
// Pinned to the exact compiler in package.json (solc-js 0.8.37) so the committed bytecode is reproducible.
pragma solidity 0.8.37;

/**
 * @title CaseLifecycle
 * @notice Holds the collection lifecycle of each case (OVERDUE, REMINDED, ESCALATED, DISPUTED, JUDICIAL,
 *         SETTLED, CONFIRMED), refuses every transition that is not in the allowed set, and lets only the
 *         accounts of the right role make each one. Every transition carries the digest of the evidence or
 *         decision behind it, so a judge can later see who moved a case, when, and on what basis.
 * @dev No personal data: a case is keyed by a salted case id computed off-chain, a creditor, agency or
 *      court is an opaque bytes32 id, and the debtor never appears on chain at all.
 *
 *      States are a uint8 in the ABI: NONE 0 (unknown case), OVERDUE 1, REMINDED 2, ESCALATED 3,
 *      DISPUTED 4, JUDICIAL 5, SETTLED 6, CONFIRMED 7.
 *      Roles are a uint8 in the ABI: NONE 0, LENDER 1, COLLECTOR 2, COURT 3, PORTAL 4. Each account has at
 *      most one role binding, set by court admins, and the binding names the organisation it acts for:
 *      LENDER - an institution id, acts only on cases whose creditor of record is that institution;
 *      COLLECTOR - an agency id, acts only on cases currently authorised to that agency (setAgency);
 *      COURT - a court id (judges, arbitrators); the first court account to act on a case seizes it for
 *              its court, and from then on only accounts of that court make court transitions on it;
 *      PORTAL - the portal operator account (the organisation id names the portal deployment).
 *      Court admins are separate from the role bindings: an admin makes no transitions by being an admin.
 *
 *      Who signs. Every party signs its own steps with its own bound account: a lender for its cases, an
 *      agency for the cases it is authorised on (within the authorisation's window), a court for its
 *      decisions. The portal operator (PORTAL) acts in its own right only for what is nobody's decision:
 *      the escalation policy's reminders and escalation, and recording the debtor's dispute (the debtor
 *      has no account). It cannot settle a case, decide for a court, authorise an agency or transfer a
 *      debt: an account of the creditor or of the court must sign those.
 *
 *      Allowed transitions and who may make each (anything else reverts with ForbiddenTransition; a caller
 *      without the right reverts with NotAllowed):
 *        OVERDUE   -> REMINDED                          LENDER, COLLECTOR (in its window), PORTAL
 *        REMINDED  -> ESCALATED                         LENDER, PORTAL
 *        OVERDUE   -> ESCALATED                         LENDER, PORTAL
 *        OVERDUE | REMINDED | ESCALATED -> DISPUTED     PORTAL (the debtor's filing, recorded by the portal)
 *        DISPUTED  -> the state before the dispute      COURT (dispute resolved, collection resumes)
 *        ESCALATED | DISPUTED -> JUDICIAL               COURT (the court accepts the case)
 *        OVERDUE | REMINDED | ESCALATED -> SETTLED      LENDER (a repayment: only the creditor settles a debt),
 *                                                       COURT (a decision that finds the debt paid)
 *        JUDICIAL  -> SETTLED                           LENDER, COURT
 *        DISPUTED  -> SETTLED                           COURT (the court decides the dispute by settlement)
 *        SETTLED   -> CONFIRMED                         COURT (judicial confirmation); CONFIRMED is final
 *      Chain of title: the creditor of record transfers the debt to another bound lender
 *      (transferCreditor, with the anchored agreement's digest); from then on the old creditor has no
 *      rights on the case and any agency authorisation has ended.
 *      Gas is free on the production Besu network (zero gas price), so the layout favours simple lookups.
 */
contract CaseLifecycle {
    enum State {
        NONE,
        OVERDUE,
        REMINDED,
        ESCALATED,
        DISPUTED,
        JUDICIAL,
        SETTLED,
        CONFIRMED
    }

    enum Role {
        NONE,
        LENDER,
        COLLECTOR,
        COURT,
        PORTAL
    }

    /// @dev One case; it exists iff state != NONE.
    struct CaseRecord {
        State state; // packed with beforeDispute, since and transitions in one slot
        State beforeDispute; // where a resolved dispute resumes; NONE unless the case is DISPUTED
        uint64 since; // block timestamp of the last state change (or of the opening)
        uint32 transitions; // state changes since the opening
        uint64 agencyFrom; // the agency's authorisation window [agencyFrom, agencyTo), block timestamps
        uint64 agencyTo;
        bytes32 creditor; // institution id of the creditor of record
        bytes32 agency; // collection agency authorised; zero = none
        bytes32 court; // court that seized the case; zero until a court account first acts on it
    }

    /// @dev An account's role and the organisation (institution, agency, court, portal) it acts for.
    struct RoleBinding {
        Role role;
        bytes32 org;
    }

    mapping(address account => bool) private _courtAdmins;
    /// @dev Kept so the last admin can never be removed (that would freeze the role bindings forever).
    uint256 private _courtAdminCount;
    mapping(address account => RoleBinding) private _roles;
    mapping(bytes32 caseId => CaseRecord) private _cases;

    error NotCourtAdmin(address caller);
    error LastCourtAdmin();
    error ZeroValue();
    error InvalidRole(uint8 role);
    error InvalidWindow(uint64 validFrom, uint64 validTo);
    error NotALender(address account);
    error CaseClosed(bytes32 caseId);
    error CaseAlreadyOpen(bytes32 caseId);
    error UnknownCase(bytes32 caseId);
    error ForbiddenTransition(bytes32 caseId, uint8 from, uint8 to);
    error NotAllowed(address account, uint8 to);
    error NotCreditor(address caller, bytes32 caseId);

    event CaseOpened(bytes32 indexed caseId, bytes32 indexed creditor, address indexed by);
    event StateChanged(bytes32 indexed caseId, uint8 from, uint8 to, address indexed by, bytes32 reasonDigest);
    event CreditorTransferred(bytes32 indexed caseId, bytes32 indexed from, bytes32 indexed to, address by,
        address toAccount, bytes32 agreementDigest);
    event CourtSeized(bytes32 indexed caseId, bytes32 indexed court, address by);
    event AgencyChanged(bytes32 indexed caseId, bytes32 indexed agency, address indexed by, bytes32 reasonDigest,
        uint64 validFrom, uint64 validTo);
    event RoleBound(address indexed account, uint8 role, bytes32 indexed org, address by);
    event RoleRevoked(address indexed account, address by);
    event CourtAdminChanged(address indexed account, bool isAdmin, address by);

    modifier onlyCourtAdmin() {
        if (!_courtAdmins[msg.sender]) revert NotCourtAdmin(msg.sender);
        _;
    }

    /// @notice The deployer becomes the first court admin, so the contract is never without one.
    constructor() {
        _courtAdmins[msg.sender] = true;
        _courtAdminCount = 1;
        emit CourtAdminChanged(msg.sender, true, msg.sender);
    }

    // ---------------------------------------------------------------- cases

    /**
     * @notice Opens a case in state OVERDUE for `creditor`.
     * @dev Allowed to a LENDER account of that creditor, or to the PORTAL operator (book import).
     *      A case id is never reused.
     * @param caseId salted case id computed off-chain (non-zero)
     * @param creditor institution id of the creditor of record (non-zero)
     */
    function openCase(bytes32 caseId, bytes32 creditor) external {
        if (caseId == bytes32(0) || creditor == bytes32(0)) revert ZeroValue();
        if (_cases[caseId].state != State.NONE) revert CaseAlreadyOpen(caseId);
        RoleBinding storage binding = _roles[msg.sender];
        if (!(binding.role == Role.PORTAL || (binding.role == Role.LENDER && binding.org == creditor))) {
            revert NotAllowed(msg.sender, uint8(State.OVERDUE));
        }
        CaseRecord storage c = _cases[caseId];
        c.state = State.OVERDUE;
        c.since = uint64(block.timestamp);
        c.creditor = creditor;
        emit CaseOpened(caseId, creditor, msg.sender);
    }

    /**
     * @notice Moves a case to `to`, on the caller's own authority (see the table in the contract notes).
     * @param to target state (1..7)
     * @param reasonDigest digest of the evidence or decision behind the transition (non-zero)
     */
    function transition(bytes32 caseId, uint8 to, bytes32 reasonDigest) external {
        CaseRecord storage c = _cases[caseId];
        State from = c.state;
        if (from == State.NONE) revert UnknownCase(caseId);
        if (reasonDigest == bytes32(0)) revert ZeroValue();
        if (!_allowed(from, c.beforeDispute, to)) revert ForbiddenTransition(caseId, uint8(from), to);
        State target = State(to); // in range: _allowed only accepts real states
        if (!_authorised(c, msg.sender, from, target)) revert NotAllowed(msg.sender, to);

        if (_roles[msg.sender].role == Role.COURT && c.court == bytes32(0)) {
            c.court = _roles[msg.sender].org;
            emit CourtSeized(caseId, c.court, msg.sender);
        }
        c.beforeDispute = target == State.DISPUTED ? from : State.NONE;
        c.state = target;
        c.since = uint64(block.timestamp);
        c.transitions += 1;
        emit StateChanged(caseId, uint8(from), to, msg.sender, reasonDigest);
    }

    /**
     * @notice Authorises collection agency `agency` on a case from `validFrom` until `validTo` (block timestamps,
     *         Unix seconds; the agency acts only inside the window, nobody has to revoke it when it ends), or
     *         revokes any authorisation (`agency` zero).
     * @dev Allowed to a LENDER account of the case's creditor only.
     * @param reasonDigest digest of the anchored authorisation (or revocation) document (non-zero)
     */
    function setAgency(bytes32 caseId, bytes32 agency, uint64 validFrom, uint64 validTo, bytes32 reasonDigest)
        external
    {
        CaseRecord storage c = _cases[caseId];
        if (c.state == State.NONE) revert UnknownCase(caseId);
        if (reasonDigest == bytes32(0)) revert ZeroValue();
        if (!_isCreditor(c, msg.sender)) revert NotCreditor(msg.sender, caseId);
        if (agency == bytes32(0)) {
            validFrom = 0;
            validTo = 0;
        } else if (validTo <= validFrom) {
            revert InvalidWindow(validFrom, validTo);
        }
        c.agency = agency;
        c.agencyFrom = validFrom;
        c.agencyTo = validTo;
        emit AgencyChanged(caseId, agency, msg.sender, reasonDigest, validFrom, validTo);
    }

    /**
     * @notice The creditor of record assigns the debt to the lender bound to `toAccount`: from now on that lender
     *         is the creditor, the old one has no rights on the case, and any agency authorisation has ended.
     * @dev Allowed to a LENDER account of the current creditor, while the debt is open (not SETTLED or CONFIRMED).
     * @param agreementDigest digest of the anchored assignment agreement (non-zero)
     */
    function transferCreditor(bytes32 caseId, address toAccount, bytes32 agreementDigest) external {
        CaseRecord storage c = _cases[caseId];
        if (c.state == State.NONE) revert UnknownCase(caseId);
        if (agreementDigest == bytes32(0) || toAccount == address(0)) revert ZeroValue();
        if (c.state == State.SETTLED || c.state == State.CONFIRMED) revert CaseClosed(caseId);
        if (!_isCreditor(c, msg.sender)) revert NotCreditor(msg.sender, caseId);
        RoleBinding storage to = _roles[toAccount];
        if (to.role != Role.LENDER || to.org == c.creditor) revert NotALender(toAccount);
        bytes32 from = c.creditor;
        c.creditor = to.org;
        c.agency = bytes32(0);
        c.agencyFrom = 0;
        c.agencyTo = 0;
        emit CreditorTransferred(caseId, from, to.org, msg.sender, toAccount, agreementDigest);
    }

    // ---------------------------------------------------------------- reading

    /// @notice The state of a case (NONE for an unknown case), since when, and how many transitions so far.
    function stateOf(bytes32 caseId) external view returns (uint8 state, uint64 since, uint32 transitions) {
        CaseRecord storage c = _cases[caseId];
        return (uint8(c.state), c.since, c.transitions);
    }

    /// @notice Who a case belongs to and may be acted on by; all zero for an unknown case.
    function caseParties(bytes32 caseId)
        external
        view
        returns (bytes32 creditor, bytes32 agency, bytes32 court, uint8 beforeDispute)
    {
        CaseRecord storage c = _cases[caseId];
        return (c.creditor, c.agency, c.court, uint8(c.beforeDispute));
    }

    /// @notice The agency authorised on a case and its window [validFrom, validTo); all zero when none.
    function agencyOf(bytes32 caseId) external view returns (bytes32 agency, uint64 validFrom, uint64 validTo) {
        CaseRecord storage c = _cases[caseId];
        return (c.agency, c.agencyFrom, c.agencyTo);
    }

    /**
     * @notice Whether `to` may follow the current state of a case at all, whoever asks (the allowed set;
     *         for DISPUTED -> OVERDUE/REMINDED/ESCALATED only the state before the dispute).
     */
    function isTransitionAllowed(bytes32 caseId, uint8 to) external view returns (bool) {
        CaseRecord storage c = _cases[caseId];
        return c.state != State.NONE && _allowed(c.state, c.beforeDispute, to);
    }

    // ---------------------------------------------------------------- roles and admins

    /**
     * @notice Binds `account` to `role` (1 LENDER, 2 COLLECTOR, 3 COURT, 4 PORTAL) acting for `org`;
     *         replaces any earlier binding of the account.
     * @param org institution, agency, court or portal id (non-zero)
     */
    function bindRole(address account, uint8 role, bytes32 org) external onlyCourtAdmin {
        if (account == address(0) || org == bytes32(0)) revert ZeroValue();
        if (role == uint8(Role.NONE) || role > uint8(Role.PORTAL)) revert InvalidRole(role);
        _roles[account] = RoleBinding({role: Role(role), org: org});
        emit RoleBound(account, role, org, msg.sender);
    }

    /// @notice Removes the role binding of `account`; what it did before stays recorded. No-op if unbound.
    function revokeRole(address account) external onlyCourtAdmin {
        if (_roles[account].role == Role.NONE) return;
        delete _roles[account];
        emit RoleRevoked(account, msg.sender);
    }

    /// @notice The role of `account` and the organisation it acts for; (0, 0) if unbound.
    function roleOf(address account) external view returns (uint8 role, bytes32 org) {
        RoleBinding storage binding = _roles[account];
        return (uint8(binding.role), binding.org);
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

    // ---------------------------------------------------------------- rules

    /// @dev Whether `account` is a LENDER account of the case's creditor of record.
    function _isCreditor(CaseRecord storage c, address account) private view returns (bool) {
        RoleBinding storage binding = _roles[account];
        return binding.role == Role.LENDER && binding.org == c.creditor;
    }

    /// @dev The allowed set, independent of who asks.
    function _allowed(State from, State beforeDispute, uint8 to) private pure returns (bool) {
        if (to == uint8(State.OVERDUE)) return from == State.DISPUTED && beforeDispute == State.OVERDUE;
        if (to == uint8(State.REMINDED)) {
            return from == State.OVERDUE || (from == State.DISPUTED && beforeDispute == State.REMINDED);
        }
        if (to == uint8(State.ESCALATED)) {
            return from == State.OVERDUE || from == State.REMINDED
                || (from == State.DISPUTED && beforeDispute == State.ESCALATED);
        }
        if (to == uint8(State.DISPUTED)) {
            return from == State.OVERDUE || from == State.REMINDED || from == State.ESCALATED;
        }
        if (to == uint8(State.JUDICIAL)) return from == State.ESCALATED || from == State.DISPUTED;
        if (to == uint8(State.SETTLED)) {
            return from == State.OVERDUE || from == State.REMINDED || from == State.ESCALATED
                || from == State.JUDICIAL || from == State.DISPUTED;
        }
        if (to == uint8(State.CONFIRMED)) return from == State.SETTLED;
        return false; // NONE or out of range
    }

    /// @dev Whether `actor` may move case `c` from `from` to `to` (an allowed transition).
    function _authorised(CaseRecord storage c, address actor, State from, State to) private view returns (bool) {
        RoleBinding storage binding = _roles[actor];
        Role role = binding.role;
        if (role == Role.COURT) {
            bool ownCourt = c.court == bytes32(0) || c.court == binding.org;
            // a court decision may also find the debt paid (an objection "already repaid" upheld): it settles
            return ownCourt && (from == State.DISPUTED || to == State.JUDICIAL || to == State.CONFIRMED || to == State.SETTLED);
        }
        // every other transition out of DISPUTED, into JUDICIAL and into CONFIRMED is the court's
        if (from == State.DISPUTED || to == State.JUDICIAL || to == State.CONFIRMED) return false;
        if (role == Role.PORTAL) {
            // the escalation policy and the debtor's dispute; never a settlement
            return to == State.REMINDED || to == State.ESCALATED || to == State.DISPUTED;
        }
        if (to == State.DISPUTED) return false; // filed by the debtor, through the portal only
        if (role == Role.LENDER) return binding.org == c.creditor;
        if (role == Role.COLLECTOR) {
            return to == State.REMINDED && c.agency != bytes32(0) && binding.org == c.agency
                && block.timestamp >= c.agencyFrom && block.timestamp < c.agencyTo;
        }
        return false;
    }
}
