package org.judicialchain.portal.application.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.directory.InstitutionTags;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.judicialchain.portal.config.PortalConfig;
import org.judicialchain.portal.domain.directory.Institutions;

/**
 * Names the institution behind a tag the chain holds, among those this portal knows: its own, and every one in
 * its records. The portal's own tag is answered without reading the records (it is the common case).
 */
@ApplicationScoped
public class NamingInstitutions {

    @Inject
    Institutions institutions;
    @Inject
    PortalConfig config;

    public Optional<String> idOf(Bytes32 tag) {
        if (tag.equals(AnchorLeaf.institutionTag(config.institution()))) {
            return Optional.of(config.institution());
        }
        return known().idOf(tag);
    }

    /** Every institution the portal knows (its own and its records'), for naming many tags with one read. */
    public InstitutionTags known() {
        List<String> known = new ArrayList<>();
        known.add(config.institution());
        institutions.uses().forEach(u -> known.add(u.id()));
        return InstitutionTags.of(known);
    }

    /** The institution's id, or {@code tag:0x...} for a tag the portal does not know. */
    public static String nameOf(Bytes32 tag, InstitutionTags known) {
        return known.idOf(tag).orElse("tag:" + tag.hex0x());
    }
}
