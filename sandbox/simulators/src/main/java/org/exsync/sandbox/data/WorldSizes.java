package org.exsync.sandbox.data;

/**
 * How big a generated world is. Item counts are averages: each user gets between half and one and a
 * half times as many, as in a real company where some diaries are full and some nearly empty.
 *
 * @param users how many users
 * @param appointments appointments per user, on average
 * @param tasks tasks per user, on average
 * @param contacts contacts per user, on average
 */
public record WorldSizes(int users, int appointments, int tasks, int contacts) {

  /** The out-of-the-box demo: 25 users with a realistic spread of items. */
  public static final WorldSizes DEMO = new WorldSizes(25, 40, 15, 30);

  public WorldSizes {
    if (users < 1 || users > 100_000) {
      throw new IllegalArgumentException("users must be 1 to 100000, was " + users);
    }
    if (appointments < 0 || tasks < 0 || contacts < 0 || contacts > 9_999) {
      throw new IllegalArgumentException(
          "item counts must not be negative and contacts at most 9999, was "
              + appointments
              + "/"
              + tasks
              + "/"
              + contacts);
    }
  }
}
