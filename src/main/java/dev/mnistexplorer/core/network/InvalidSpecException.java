package dev.mnistexplorer.core.network;

/** A network spec or a training config that cannot be used, with a message naming each field. */
public class InvalidSpecException extends IllegalArgumentException {
  public InvalidSpecException(String message) {
    super(message);
  }
}
