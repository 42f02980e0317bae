package org.exsync.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.exsync.domain.setting.Setting;
import org.exsync.domain.setting.SettingRepository;

/** Settings in the Exsync database. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaSettingRepository implements SettingRepository {

  @PersistenceContext(unitName = "exsync")
  private EntityManager em;

  @Override
  public Optional<Setting> find(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(em.find(Setting.class, name));
  }

  @Override
  public void put(String name, String value, Instant now) {
    Setting existing = em.find(Setting.class, name);
    if (existing == null) {
      em.persist(new Setting(name, value, now));
    } else {
      existing.change(value, now);
    }
  }
}
