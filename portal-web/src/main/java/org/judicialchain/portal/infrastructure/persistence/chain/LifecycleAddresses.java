package org.judicialchain.portal.infrastructure.persistence.chain;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.judicialchain.portal.infrastructure.persistence.Sql;
import org.judicialchain.portal.infrastructure.persistence.Timestamps;

/** Remembers which lifecycle contract this portal deployed on which chain, so a restart finds it again. */
@ApplicationScoped
public class LifecycleAddresses {

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Transactional
    public Optional<String> deployedOn(long chainId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select address from lifecycle_contract where chain_id = ?")) {
            s.setLong(1, chainId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the lifecycle contract address failed", e);
        }
    }

    @Transactional
    public void remember(long chainId, String address) {
        Sql.update(dataSource, "insert into lifecycle_contract (chain_id, address, deployed_at) values (?, ?, ?)"
                + " on conflict (chain_id) do update set address = excluded.address, deployed_at = excluded.deployed_at",
                chainId, address, Timestamps.of(Instant.now()));
    }
}
