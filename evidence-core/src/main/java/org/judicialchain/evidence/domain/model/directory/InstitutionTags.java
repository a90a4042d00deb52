package org.judicialchain.evidence.domain.model.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;

/**
 * Institution ids from their on-chain tags. The chain holds only keccak256 of an id (so no name is
 * written on chain), so a tag is named by hashing the ids the portal knows and looking it up.
 */
public final class InstitutionTags {

    private final Map<Bytes32, String> idsByTag = new HashMap<>();

    private InstitutionTags(Collection<String> ids) {
        for (String id : ids) {
            if (id != null && !id.isBlank()) {
                idsByTag.put(AnchorLeaf.institutionTag(id), id);
            }
        }
    }

    public static InstitutionTags of(Collection<String> knownIds) {
        return new InstitutionTags(knownIds);
    }

    /** The known institution with this tag; empty for the zero tag and for tags of institutions the portal does not know. */
    public Optional<String> idOf(Bytes32 tag) {
        return tag.isZero() ? Optional.empty() : Optional.ofNullable(idsByTag.get(tag));
    }
}
