package dev.mnistexplorer;

public final class Main {
  public static void main(String[] args) {}
}
