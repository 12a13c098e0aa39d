package ru.probity.demo;

import java.util.List;
import java.util.random.RandomGenerator;

/** The demo generators' one way of choosing from a list: a seed gives the same choices every time. */
final class DemoRandom {

    private DemoRandom() {}

    static <T> T pick(RandomGenerator random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
