import FuzzDriver

FuzzDriver.run(.report)
