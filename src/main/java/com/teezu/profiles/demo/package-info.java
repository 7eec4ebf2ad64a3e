/** The demo data set (LovelyLena and friends), loaded once into the embedded database. */
package com.teezu.profiles.demo;
