package org.exsync.admin.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.exsync.application.conflict.ConflictReview;
import org.exsync.application.conflict.ConflictRow;
import org.exsync.domain.mapping.ConflictSearch;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The conflicts table, read a page at a time with the page's filters, newest first. */
final class ConflictRows extends LazyDataModel<ConflictRow> {

  private static final long serialVersionUID = 1L;

  private final ConflictReview review;
  private final Supplier<ConflictSearch> search;

  ConflictRows(ConflictReview review, SerializableSupplier<ConflictSearch> search) {
    this.review = review;
    this.search = search;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, review.count(search.get()));
  }

  @Override
  public List<ConflictRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return review.list(search.get(), first, pageSize);
  }

  @Override
  public String getRowKey(ConflictRow row) {
    return Long.toString(row.id());
  }

  /** A supplier the view state can keep. */
  interface SerializableSupplier<T> extends Supplier<T>, java.io.Serializable {}
}
