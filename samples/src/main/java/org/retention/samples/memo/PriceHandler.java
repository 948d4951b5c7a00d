package org.retention.samples.memo;

/** Answers pricing requests, memoising prices because computing one is expensive. */
public interface PriceHandler {
  /** The price the request asks for. */
  Price handle(PriceRequest request);
}
